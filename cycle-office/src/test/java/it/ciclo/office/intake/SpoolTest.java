package it.ciclo.office.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.ciclo.reader.FileProblem;
import it.ciclo.reader.UnreadableFileException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

class SpoolTest {

    @Test
    void aPrivateCopyDeletedOnClose() throws Exception {
        Path copy;
        try (Spool spool = Spool.copy(new ByteArrayInputStream(new byte[] {1, 2, 3}), 10)) {
            copy = spool.file();
            assertThat(Files.readAllBytes(copy)).containsExactly(1, 2, 3);
            assertThat(spool.size()).isEqualTo(3);
            if (Files.getFileStore(copy).supportsFileAttributeView("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
            }
        }
        assertThat(copy).doesNotExist();
    }

    @Test
    void stopsCopyingPastTheLimit() {
        InputStream endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                served += len;
                if (served > 10L << 20) {
                    throw new AssertionError("read on past the limit");
                }
                return len;
            }
        };

        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class, () -> Spool.copy(endless, 1 << 20));

        assertThat(e.problem()).isEqualTo(FileProblem.TOO_LARGE);
    }
}
