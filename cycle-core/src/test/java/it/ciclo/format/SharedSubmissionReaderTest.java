package it.ciclo.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ciclo.directive.SubmissionTerms;
import it.ciclo.testing.Fixtures;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The optional {@code "shared"} key of a submission. */
class SharedSubmissionReaderTest {

    @Test
    void isFalseWhenLeftOut() {
        assertThat(Fixtures.seed().acts()).allSatisfy(a -> assertThat(a.submission().map(SubmissionTerms::shared)).isNotEqualTo(
                java.util.Optional.of(true)));
    }

    @Test
    void readsTrue() {
        String json = Fixtures.seedJson().replace("D_DUP 2024_2026\",", "D_DUP 2024_2026\", \"shared\": true,");
        assertThat(Fixtures.directive(json).act("nota-dup").orElseThrow().submission().orElseThrow().shared()).isTrue();
    }

    @Test
    void refusesAValueThatIsNotABooleanAndStillRefusesUnknownKeys() {
        String json = Fixtures.seedJson()
                .replace("D_DUP 2024_2026\",", "D_DUP 2024_2026\", \"shared\": \"sì\",")
                .replace("E_PEG 2024_2026\",", "E_PEG 2024_2026\", \"condivisa\": true,");
        assertThatThrownBy(() -> new DirectiveReader().read(new StringReader(json), "d.json"))
                .isInstanceOfSatisfying(InvalidDirectiveException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.location().path() + " " + p.message())
                        .containsExactly("$.acts[0].submission.shared atteso true o false",
                                "$.acts[1].submission.condivisa chiave sconosciuta \"condivisa\"; ammesse qui: due, folder, instructions, shared, opens, sectors"));
    }

    @Test
    void theThreeArgumentTermsAreNotShared() {
        SubmissionTerms terms = new SubmissionTerms(Fixtures.seed().act("peg").orElseThrow().submission().orElseThrow().due(),
                "X", "");
        assertThat(terms.shared()).isFalse();
    }
}
