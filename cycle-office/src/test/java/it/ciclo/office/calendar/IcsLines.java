package it.ciclo.office.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** RFC 5545 section 3.1, checked byte by byte on what was written. */
final class IcsLines {

    private IcsLines() {
    }

    /**
     * Every line ends with CRLF (no bare CR or LF), is at most 75 octets without it, a continuation
     * line is one space and at least one more octet, and unfolding gives back valid UTF-8.
     */
    static void assertFolded(byte[] ics) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < ics.length; i++) {
            if (ics[i] == '\n') {
                assertThat(i).as("LF at %d without CR", i).isGreaterThan(0);
                assertThat(ics[i - 1]).as("LF at %d without CR", i).isEqualTo((byte) '\r');
                lines.add(Arrays.copyOfRange(ics, start, i - 1));
                start = i + 1;
            } else if (ics[i] == '\r') {
                assertThat(i + 1 < ics.length && ics[i + 1] == '\n').as("CR at %d without LF", i).isTrue();
            }
        }
        assertThat(start).as("the last line ends with CRLF").isEqualTo(ics.length);
        for (int n = 0; n < lines.size(); n++) {
            byte[] line = lines.get(n);
            assertThat(line.length).as("line %d: %s", n + 1, new String(line, StandardCharsets.UTF_8)).isLessThanOrEqualTo(75);
            if (line.length > 0 && (line[0] == ' ' || line[0] == '\t')) {
                assertThat(n).as("a continuation line cannot come first").isGreaterThan(0);
                assertThat(line.length).as("line %d is an empty continuation", n + 1).isGreaterThan(1);
                assertThat(line[0]).as("line %d: folded with one space", n + 1).isEqualTo((byte) ' ');
                assertThat(line[1] & 0xC0).as("line %d starts inside a character", n + 1).isNotEqualTo(0x80);
            }
            assertThat(line.length).as("line %d is empty", n + 1).isGreaterThan(0);
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(ics));
        } catch (CharacterCodingException e) {
            throw new AssertionError("not UTF-8", e);
        }
    }
}
