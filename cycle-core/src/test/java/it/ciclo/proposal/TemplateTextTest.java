package it.ciclo.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.objective.ObjectivePath;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

    private static Passage red(String text) {
        return new Passage(ProposalKind.RED_TEXT, text, Optional.empty(), Attribution.NONE,
                new ProposalContext(List.of(), ObjectivePath.NONE, Optional.empty(), false));
    }

    private final TemplateText template = TemplateText.of(List.of(red("Inserire qui le proposte"), red("N.B.")));

    @Test
    void redTextThatOnlyRepeatsTheTemplateIsDroppedIgnoringCaseAndSpacing() {
        assertThat(template.strip(red("inserire  qui le PROPOSTE"))).isEmpty();
        assertThat(template.strip(red("N.B."))).isEmpty();
    }

    @Test
    void theTemplatesWordsAreCutFromALongerPassageAndTheRestKept() {
        assertThat(template.strip(red("Inserire qui le proposte: ampliare l'orario"))).map(Passage::text)
                .contains("ampliare l'orario");
        assertThat(template.strip(red("Nuova proposta N.B. breve"))).map(Passage::text).contains("Nuova proposta N.B. breve");
    }

    @Test
    void insertionsAreNeverDroppedAndNoTemplateDropsNothing() {
        Passage inserted = new Passage(ProposalKind.INSERTION, "Inserire qui le proposte", Optional.of("A"),
                Attribution.REVISION_AUTHOR, red("x").context());

        assertThat(template.strip(inserted)).contains(inserted);
        assertThat(TemplateText.none().strip(red("Inserire qui le proposte"))).isPresent();
    }
}
