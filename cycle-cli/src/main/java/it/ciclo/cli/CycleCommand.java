package it.ciclo.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
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
                ClassifyCommand.class, EventCommand.class, RemindCommand.class, ServeCommand.class, UsersCommand.class,
                CollectCommand.class})
public final class CycleCommand implements Runnable {

    /** Exit code for input the command cannot use: unreadable, malformed, invalid. */
    static final int UNUSABLE_INPUT = 2;
    /** Exit code when the repository could not be reached (refused, timed out, 503): try again later. */
    static final int REPOSITORY_UNAVAILABLE = 3;
    /** Exit code of {@code check} when a finding has severity error. */
    static final int ERRORS_FOUND = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where documents that are bytes, not text (a workbook), are written: standard output; none for {@link #run(String[], PrintWriter, PrintWriter)}. */
    OutputStream bytes;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command; text goes out in the console's encoding on a console, UTF-8 elsewhere ({@link ConsoleText}). */
    public static void main(String[] args) {
        Charset charset = ConsoleText.charset();
        System.exit(run(args, new PrintWriter(new BufferedWriter(ConsoleText.writer(System.out, charset)), false), System.out,
                new PrintWriter(new BufferedWriter(ConsoleText.writer(System.err, charset)), true)));
    }

    /** Runs the command as {@code main} would, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, null, err);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, text in UTF-8 and workbooks as they are to {@code out}. */
    public static int run(String[] args, OutputStream out, PrintWriter err) {
        return run(args, new PrintWriter(out, false, StandardCharsets.UTF_8), out, err);
    }

    private static int run(String[] args, PrintWriter out, OutputStream bytes, PrintWriter err) {
        Locale locale = Languages.fromArgs(args);
        CycleCommand command = new CycleCommand();
        command.bytes = bytes;
        CommandLine cli = new CommandLine(command);
        cli.setResourceBundle(CliText.bundle("it.ciclo.cli.usage", locale));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(new ParameterErrors(locale));
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
