package it.ciclo.office.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void foldsByOctetsNeverInsideACharacterAndNeverLeavesAnEmptyContinuation() {
        for (int n = 60; n <= 160; n++) {
            for (String unit : List.of("a", "è", "€", "😀")) {
                String line = "DESCRIPTION:" + unit.repeat(n);
                String folded = Folding.fold(line + "\r\n");
                IcsLines.assertFolded(folded.getBytes(StandardCharsets.UTF_8));
                assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
            }
        }
    }

    @Test
    void aLineOfExactlySeventyFiveOctetsIsNotFolded() {
        String line = "X".repeat(75);
        assertThat(Folding.fold(line + "\r\n")).isEqualTo(line + "\r\n");
        assertThat(Folding.fold(line + "Y\r\n")).isEqualTo(line + "\r\n Y\r\n");
        String accented = "X".repeat(73) + "è";
        assertThat(Folding.fold(accented + "\r\n")).as("73 + 2 octets").isEqualTo(accented + "\r\n");
        assertThat(Folding.fold("X".repeat(74) + "è\r\n")).as("the è would make 76").isEqualTo("X".repeat(74) + "\r\n è\r\n");
    }
}
