package it.ciclo.cli;

import it.ciclo.serve.security.InvalidUsersFileException;
import it.ciclo.serve.security.Users;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cycle utenti aggiungi|rimuovi FILE NOME} ({@code cycle users add|remove}): who may log in to
 * {@code cycle serve} to record events. The password is asked twice at the terminal, or taken from
 * {@value #PASSWORD_VARIABLE} or {@code --password-file} (for a script), never from the command line;
 * the file keeps only its Argon2id hash.
 */
@Command(name = "users", aliases = "utenti", resourceBundle = "it.ciclo.cli.usage", mixinStandardHelpOptions = true,
        subcommands = {UsersCommand.Add.class, UsersCommand.Remove.class})
final class UsersCommand implements Runnable {

    /** The environment variable a script can give the new password in. */
    static final String PASSWORD_VARIABLE = "CICLO_USER_PASSWORD";

    /** The shortest password accepted. */
    static final int SHORTEST = 10;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The users file and the name. */
    static final class Who {
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "users.file")
        Path file;

        @Parameters(index = "1", paramLabel = "NAME", descriptionKey = "users.name")
        String name;

        @Option(names = "--lang", paramLabel = "it|en", descriptionKey = "lang")
        String lang;

        CliText text() {
            return new CliText(lang != null ? Languages.parse(lang) : Languages.fromArgs(new String[0]));
        }
    }

    @Command(name = "add", aliases = "aggiungi", resourceBundle = "it.ciclo.cli.usage", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {

        @Mixin
        Who who;

        @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "users.passwordFile")
        Path passwordFile;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws UnusableInputException {
            CliText text = who.text();
            if (!Users.isName(who.name)) {
                throw new UnusableInputException(text.get("users.name.invalid", who.name));
            }
            char[] password = password(text, spec.commandLine().getErr());
            try {
                if (password.length < SHORTEST) {
                    throw new UnusableInputException(text.get("users.password.short", SHORTEST));
                }
                Users.put(who.file, who.name, new String(password));
            } catch (InvalidUsersFileException e) {
                throw new UnusableInputException(text.get("serve.users.invalid", e.file(), e.line()));
            } catch (IOException e) {
                throw new UnusableInputException(text.get("users.unwritable", who.file, e.getMessage()));
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getOut().println(text.get("users.added", who.name, who.file));
            return 0;
        }

        private char[] password(CliText text, PrintWriter err) throws UnusableInputException {
            Console console = System.console();
            if (passwordFile != null || console == null) {
                return Secrets.read(passwordFile, "--password-file", PASSWORD_VARIABLE, System::getenv, "users.password.missing", text, err);
            }
            char[] first = console.readPassword("%s", text.get("users.password.prompt", who.name));
            char[] second = console.readPassword("%s", text.get("users.password.again"));
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new UnusableInputException(text.get("users.password.differ"));
            }
            Arrays.fill(second, '\0');
            return first;
        }
    }

    @Command(name = "remove", aliases = "rimuovi", resourceBundle = "it.ciclo.cli.usage", mixinStandardHelpOptions = true)
    static final class Remove implements Callable<Integer> {

        @Mixin
        Who who;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws UnusableInputException {
            CliText text = who.text();
            try {
                boolean removed = Users.remove(who.file, who.name);
                spec.commandLine().getOut().println(text.get(removed ? "users.removed" : "users.absent", who.name, who.file));
                return removed ? 0 : CycleCommand.UNUSABLE_INPUT;
            } catch (InvalidUsersFileException e) {
                throw new UnusableInputException(text.get("serve.users.invalid", e.file(), e.line()));
            } catch (IOException e) {
                throw new UnusableInputException(text.get("secret.unreadable", "FILE", who.file));
            }
        }
    }
}
