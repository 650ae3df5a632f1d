package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void italianUnlessEnglishIsAskedFor() {
        assertThat(Languages.fromEnvironment(Map.of(), Locale.ITALY)).isEqualTo(Locale.ITALIAN);
        assertThat(Languages.fromEnvironment(Map.of("LANG", "C.UTF-8"), Locale.US)).isEqualTo(Locale.ITALIAN);
        assertThat(Languages.fromEnvironment(Map.of("LANG", "en_GB.UTF-8"), Locale.ITALY)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.fromEnvironment(Map.of("LC_ALL", "it_IT.UTF-8", "LANG", "en_US.UTF-8"), Locale.US))
                .isEqualTo(Locale.ITALIAN);
        assertThat(Languages.fromEnvironment(Map.of(), Locale.US)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void langOptionWins() {
        assertThat(Languages.fromArgs(new String[] {"calendar", "f.json", "--lang", "en"})).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.fromArgs(new String[] {"calendar", "--lang=it", "f.json"})).isEqualTo(Locale.ITALIAN);
    }

    @Test
    void helpFollowsTheLanguage() {
        assertThat(Run.of("calendar", "--help").out()).contains("Tutte le scadenze della direttiva");
        assertThat(Run.of("calendar", "--help", "--lang", "en").out()).contains("Every deadline of the directive");
    }
}
