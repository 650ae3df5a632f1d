package it.ciclo.office;

import static org.assertj.core.api.Assertions.assertThat;

import it.ciclo.reader.UnreadableFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worst hostile files are refused in a JVM whose heap is far smaller than what they expand to:
 * a reader that expanded them, or built the document in memory, would run out of memory there. The
 * files are read by {@link #main}, run in a separate JVM with {@value #HEAP}.
 */
class BoundedMemoryTest {

    static final String HEAP = "-Xmx48m";

    @TempDir
    Path dir;

    @Test
    void zipAndEntityBombsAreRefusedWithA48MegabyteHeap() throws Exception {
        List<Path> files = List.of(
                Hostile.bomb(dir.resolve("bomba.docx"), 200, false),
                Hostile.bomb(dir.resolve("bugiarda.docx"), 200, true),
                Hostile.zip(dir.resolve("risate.odt"), Map.of("mimetype", Hostile.utf8("application/vnd.oasis.opendocument.text"),
                        "content.xml", Hostile.utf8(Hostile.LAUGHS + "<r>&lol9;</r>"))));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-cp", System.getProperty("java.class.path"), BoundedMemoryTest.class.getName()));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(output).as(output).contains("bomba.docx: zip-bomb", "bugiarda.docx: zip-bomb", "risate.odt: xml-entities")
                .doesNotContain("OutOfMemoryError");
        assertThat(process.exitValue()).as(output).isZero();
    }

    /** Reads each file named, printing "name: problem" for each refusal. */
    public static void main(String[] args) throws IOException {
        for (String name : args) {
            Path file = Path.of(name);
            try {
                Fixtures.passages(file);
                System.out.println(file.getFileName() + ": read");
            } catch (UnreadableFileException e) {
                System.out.println(file.getFileName() + ": " + e.problem().jsonName());
            }
        }
    }
}
