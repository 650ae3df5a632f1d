package it.ciclo.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cycle}: the entry point. */
@Command(name = "cycle",
        resourceBundle = "it.ciclo.cli.usage",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        subcommands = {CalendarCommand.class, CheckCommand.class, InitCommand.class, StatusCommand.class,
                ClassifyCommand.class, CollectCommand.class})
public final class CycleCommand implements Runnable {

    /** Exit code for input the command cannot use: unreadable, malformed, invalid. */
    static final int UNUSABLE_INPUT = 2;
    /** Exit code when the repository could not be reached (refused, timed out, 503): try again later. */
    static final int REPOSITORY_UNAVAILABLE = 3;
    /** Exit code of {@code check} when a finding has severity error. */
    static final int ERRORS_FOUND = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, false, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command as {@code main} would, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Locale locale = Languages.fromArgs(args);
        CommandLine cli = new CommandLine(new CycleCommand());
        cli.setResourceBundle(CliText.bundle("it.ciclo.cli.usage", locale));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UnusableInputException) {
                commandLine.getErr().println(e.getMessage());
                return UNUSABLE_INPUT;
            }
            if (e instanceof RepositoryUnavailableException) {
                commandLine.getErr().println(e.getMessage());
                return REPOSITORY_UNAVAILABLE;
            }
            throw e;
        });
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
