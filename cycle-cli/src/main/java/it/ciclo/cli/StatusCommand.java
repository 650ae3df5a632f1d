package it.ciclo.cli;

import it.ciclo.board.Board;
import it.ciclo.board.BoardJson;
import it.ciclo.board.Scan;
import it.ciclo.check.DirectiveChecker;
import it.ciclo.directive.Directive;
import it.ciclo.layout.Layout;
import it.ciclo.office.sheet.BoardSheet;
import it.ciclo.office.sheet.SheetCsv;
import it.ciclo.office.sheet.SheetXlsx;
import it.ciclo.store.local.LocalFolderStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cycle status FILE --store DIR}: who has handed in what, for which act, and who is late, from
 * the shared folder (or a repository, {@code --cmis}); the directive's errors first, since a board
 * built on a wrong directive may be wrong (on stderr for the JSON and CSV forms). Exit codes: 0 the board was made; 1 with {@code --fail-on overdue}, when any
 * act is overdue for any sector; 2 unusable input.
 */
@Command(name = "status", resourceBundle = "it.ciclo.cli.usage", mixinStandardHelpOptions = true)
final class StatusCommand implements Callable<Integer> {

    /** The output formats of {@code status}. */
    enum Format { text, json, csv, html, xlsx }

    /** What makes {@code status} exit with 1. */
    enum FailOn { overdue }

    @Mixin
    DirectiveOptions directive;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "status.today")
    String today;

    @Option(names = "--format", paramLabel = "text|json|csv|html|xlsx", defaultValue = "text", descriptionKey = "status.format")
    Format format;

    @Option(names = "--fail-on", paramLabel = "overdue", descriptionKey = "status.failOn")
    FailOn failOn;

    /** Kept so that scripts written for earlier versions still run: case is ignored unless the directive says otherwise. */
    @Option(names = "--ignore-case", hidden = true)
    boolean ignoreCase;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UnusableInputException, RepositoryUnavailableException, IOException {
        Locale locale = directive.locale();
        CliText text = new CliText(locale);
        DirectiveOptions.Loaded loaded = directive.load(storeOptions);
        Directive d = loaded.document().directive();
        if (ignoreCase && d.files().matchCase()) {
            throw new UnusableInputException(text.get("status.ignoreCase.conflict", directive.file));
        }
        LocalDate asOf = asOf(today, text, d.calendar().zone());
        Layout layout = StoreOptions.layout(loaded.document(), locale);
        Scan scan = new Scan(loaded.schedule(), layout);
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), text, ConsoleProgress.stderrIsATerminal());
        Board board;
        if (storeOptions.isCmis()) {
            board = CmisRun.board(scan, storeOptions, asOf, progress, locale);
        } else try (LocalFolderStore store = storeOptions.open(locale)) {
            board = scan.run(store, asOf, progress);
        }
        progress.done();
        List<String> errors = new FindingsText(locale).errors(loaded.document(), new DirectiveChecker().check(loaded.schedule()));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> new BoardJson(locale).write(board, out);
            case csv -> new SheetCsv(locale).write(BoardSheet.of(board, locale), out);
            case xlsx -> workbook(board, locale, text);
            case html -> new BoardHtml(locale).write(board, errors, out);
            default -> new BoardText(locale).write(board, storeOptions.location(), errors, out);
        }
        if (format == Format.json || format == Format.csv || format == Format.xlsx) {
            // The formats for programs have no room for them; whoever runs the command sees them.
            errors.forEach(spec.commandLine().getErr()::println);
        }
        return failOn == FailOn.overdue && board.anyOverdue() ? CycleCommand.ERRORS_FOUND : 0;
    }

    /** The board as a workbook, as bytes on standard output (redirected to a file: a terminal cannot show it). */
    private void workbook(Board board, Locale locale, CliText text) throws IOException, UnusableInputException {
        OutputStream bytes = ((CycleCommand) spec.root().userObject()).bytes;
        if (bytes == null || System.console() != null) {
            throw new UnusableInputException(text.get("status.xlsx.terminal"));
        }
        spec.commandLine().getOut().flush();
        new SheetXlsx(locale).write(BoardSheet.of(board, locale), bytes);
    }

    /** {@code --today} as written in {@code today}, else today in the Comune's zone. */
    static LocalDate asOf(String today, CliText text, ZoneId zone) throws UnusableInputException {
        if (today == null) {
            return LocalDate.now(zone);
        }
        try {
            return LocalDate.parse(today);
        } catch (DateTimeParseException e) {
            throw new UnusableInputException(text.get("today.syntax", today));
        }
    }
}
