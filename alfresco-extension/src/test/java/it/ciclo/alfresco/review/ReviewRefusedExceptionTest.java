package it.ciclo.alfresco.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReviewRefusedExceptionTest {

    @Test
    void answersInTheUsersLanguageWhateverTheServersLocale() {
        Locale server = Locale.getDefault();
        try {
            // An ACS started with LANG=C runs with an English default locale.
            Locale.setDefault(Locale.US);
            assertThat(new ReviewRefusedException(ReviewRefusedException.Reason.SELF_APPROVAL, Locale.ITALIAN))
                    .hasMessageStartingWith("Non si può approvare un documento di cui si è autori");
            Locale.setDefault(Locale.ITALY);
            assertThat(new ReviewRefusedException(ReviewRefusedException.Reason.SELF_APPROVAL, Locale.ENGLISH).getMessage())
                    .doesNotContain("autori");
            assertThat(new ReviewRefusedException(ReviewRefusedException.Reason.NO_OUTCOME, Locale.GERMAN))
                    .hasMessageStartingWith("Scegliere un esito");
        } finally {
            Locale.setDefault(server);
        }
    }
}
