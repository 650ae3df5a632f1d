package it.ciclo.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed LibreOffice documents were made from the sources as they are: a source changed
 * without running make-fixtures.sh again fails here, naming it.
 */
class FixturesTest {

    @Test
    void theGeneratedDocumentsAreUpToDateWithTheirSources() throws Exception {
        List<String> recorded = Files.readAllLines(Fixtures.SOURCES.resolveSibling("SOURCES.sha256"));
        assertThat(recorded).isNotEmpty();
        try (var sources = Files.list(Fixtures.SOURCES)) {
            assertThat(sources.count()).as("every source is recorded").isEqualTo(recorded.size());
        }
        for (String line : recorded) {
            String[] hashAndName = line.split("\\s+", 2);
            byte[] content = Files.readAllBytes(Fixtures.SOURCES.resolve(hashAndName[1]));
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            assertThat(actual).as(hashAndName[1] + " changed: run cycle-office/make-fixtures.sh").isEqualTo(hashAndName[0]);
            String base = hashAndName[1].replaceAll("\\.f(odt|ods)$", "");
            List<String> formats = hashAndName[1].endsWith(".fodt") ? List.of("docx", "odt", "doc") : List.of("xlsx", "ods");
            for (String format : formats) {
                assertThat(Fixtures.LIBREOFFICE.resolve(base + "." + format)).isRegularFile();
            }
        }
    }
}
