package it.ciclo.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RedRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"FF0000", "ff0000", "C00000", "FF3838", "F10D0C", "C9211E", "8D281E", "800000",
            "E00000", "DC0000", "F44336"})
    void theOfficeRedsAndStrongRedsLikeThemAreRed(String colour) {
        assertThat(RedRule.STANDARD.isRed(colour)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000", "FFFFFF", "0000FF", "ED7D31", "FF4500", "FF6D6D", "FFA6A6", "C0504D", "50200C", "7F7F7F"})
    void pinksOrangesBrownsAndGreysAreNot(String colour) {
        assertThat(RedRule.STANDARD.isRed(colour)).isFalse();
    }

    @Test
    void withoutSimilarOnlyTheListCountsAndAutomaticIsNeverRed() {
        RedRule exact = new RedRule(List.of("FF0000"), false);

        assertThat(exact.isRed("FF0000")).isTrue();
        assertThat(exact.isRed("C00000")).isFalse();
        assertThat(exact.isRed(Optional.empty())).isFalse();
    }

    @Test
    void refusesWhatIsNotAColour() {
        assertThatThrownBy(() -> new RedRule(List.of("rosso"), true)).isInstanceOf(IllegalArgumentException.class);
    }
}
