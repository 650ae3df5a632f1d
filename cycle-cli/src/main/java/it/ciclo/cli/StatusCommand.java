package it.ciclo.cli;

import it.ciclo.board.Board;
import it.ciclo.board.BoardJson;
import it.ciclo.board.Scan;
import it.ciclo.check.DirectiveChecker;
import it.ciclo.check.Finding;
import it.ciclo.directive.Directive;
import it.ciclo.format.DateText;
import it.ciclo.format.InvalidDateException;
import it.ciclo.i18n.Quoted;
import it.ciclo.layout.Layout;
import it.ciclo.office.sheet.BoardSheet;
import it.ciclo.office.sheet.SheetCsv;
import it.ciclo.office.sheet.SheetXlsx;
import it.ciclo.store.local.LocalFolderStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Option(names = "--today", paramLabel = "${bundle:label.date}", descriptionKey = "status.today")
    String today;

    @Option(names = "--format", paramLabel = "text|json|csv|html|xlsx", defaultValue = "text", descriptionKey = "status.format")
    Format format;

    @Option(names = "--fail-on", paramLabel = "overdue", descriptionKey = "status.failOn")
    FailOn failOn;

    /** Kept so that scripts written for earlier versions still run: case is ignored unless the directive says otherwise. */
    @Option(names = "--ignore-case", hidden = true)
    boolean ignoreCase;

    @Mixin
    OutputOption output;

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
        Layout layout = StoreOptions.layout(loaded.document(), directive.places());
        Scan scan = new Scan(loaded.schedule(), layout);
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), text, ConsoleProgress.stderrIsATerminal());
        // The directive's checks (which load the holiday calendar) run while the store is read.
        ExecutorService checking = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "ciclo-check");
            t.setDaemon(true);
            return t;
        });
        Future<List<Finding>> findings = checking.submit(() -> new DirectiveChecker().check(loaded.schedule()));
        checking.shutdown();
        Board board;
        if (storeOptions.isCmis()) {
            board = CmisRun.board(scan, storeOptions, asOf, progress, locale);
        } else try (LocalFolderStore store = storeOptions.open(locale)) {
            board = scan.run(store, asOf, progress);
        }
        progress.done();
        List<String> errors = new FindingsText(locale, directive.verbose).errors(loaded.document(), done(findings));
        List<Path> guarded = ActFolderPaths.guardedFrom(output, directive, storeOptions, layout);
        if (format == Format.xlsx) {
            output.writeBytes(spec, locale, guarded, ((CycleCommand) spec.root().userObject()).bytes,
                    text.get("status.xlsx.terminal"), bytes -> new SheetXlsx(locale).write(BoardSheet.of(board, locale), bytes));
        } else {
            output.write(spec, locale, guarded, out -> {
                switch (format) {
                    case json -> new BoardJson(locale).write(board, out);
                    case csv -> new SheetCsv(locale).write(BoardSheet.of(board, locale), out);
                    case html -> new BoardHtml(locale).write(board, errors, out);
                    default -> new BoardText(locale).write(board, storeOptions.location(), errors, out);
                }
            });
        }
        if (format == Format.json || format == Format.csv || format == Format.xlsx) {
            // The formats for programs have no room for them; whoever runs the command sees them.
            errors.forEach(spec.commandLine().getErr()::println);
        }
        return failOn == FailOn.overdue && board.anyOverdue() ? CycleCommand.ERRORS_FOUND : 0;
    }

    /** The findings of the checks run alongside the scan. */
    private static List<Finding> done(Future<List<Finding>> findings) {
        try {
            return findings.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the directive", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** {@code --today} as written in {@code today}, else today in the Comune's zone. */
    static LocalDate asOf(String today, CliText text, ZoneId zone) throws UnusableInputException {
        if (today == null) {
            return LocalDate.now(zone);
        }
        try {
            return DateText.parse(today);
        } catch (InvalidDateException e) {
            throw new UnusableInputException(text.get(e.reason().key().equals("format.date") ? "today.syntax" : "today.date",
                    Quoted.of(today), e.reason()));
        }
    }
}
