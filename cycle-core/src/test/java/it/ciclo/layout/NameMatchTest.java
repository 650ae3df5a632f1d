package it.ciclo.layout;

import static it.ciclo.testing.Fixtures.nfd;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMatchTest {

    @Test
    void composedAndDecomposedNamesAlwaysMatch() {
        assertThat(nfd("Attività")).isNotEqualTo("Attività");
        assertThat(NameMatch.EXACT.matches(nfd("Attività Produttive"), "Attività Produttive")).isTrue();
        assertThat(NameMatch.IGNORE_CASE.matches(nfd("Attività Produttive"), "Attività Produttive")).isTrue();
    }

    @Test
    void caseMattersUnlessIgnored() {
        assertThat(NameMatch.EXACT.matches("affari generali", "Affari Generali")).isFalse();
        assertThat(NameMatch.IGNORE_CASE.matches("affari generali", "Affari Generali")).isTrue();
        assertThat(NameMatch.IGNORE_CASE.matches(nfd("ATTIVITÀ"), "attività")).isTrue();
        assertThat(NameMatch.IGNORE_CASE.matches("Affari Generali", "Affari Generali 2")).isFalse();
    }
}
