package it.ciclo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A password as the house takes it: from a file (its first line) or from an environment variable,
 * never from the command line, where every user of the machine could read it in the process list.
 * A file that other users may read is used, with a warning.
 */
final class Secrets {

    private Secrets() {
    }

    /**
     * The password in {@code file} if given, else in the environment variable {@code variable}.
     *
     * @param option  the option that names the file, for messages
     * @param missing the key of the message that says how to give it
     * @throws UnusableInputException if the file cannot be read, or neither is given
     */
    static char[] read(Path file, String option, String variable, UnaryOperator<String> environment, String missing,
            CliText text, PrintWriter err) throws UnusableInputException {
        if (file != null) {
            try {
                String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                warnIfOthersRead(file, option, text, err);
                return first.strip().toCharArray();
            } catch (IOException e) {
                throw new UnusableInputException(text.get("secret.unreadable", option, file));
            }
        }
        String value = environment.apply(variable);
        if (value == null || value.isEmpty()) {
            throw new UnusableInputException(text.get(missing, variable));
        }
        return value.toCharArray();
    }

    private static void warnIfOthersRead(Path file, String option, CliText text, PrintWriter err) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            if (p.contains(PosixFilePermission.OTHERS_READ) || p.contains(PosixFilePermission.GROUP_READ)) {
                err.println(text.get("secret.readable", option, file));
            }
        } catch (UnsupportedOperationException | IOException e) {
            // Windows: access lists, not modes; the guide says how to restrict the file there.
        }
    }
}
