package it.ciclo.cli;

import it.ciclo.check.DirectiveChecker;
import it.ciclo.check.Finding;
import it.ciclo.check.Severity;
import it.ciclo.layout.ActFolder;
import it.ciclo.layout.FolderPlan;
import it.ciclo.layout.Layout;
import it.ciclo.layout.Provisioner;
import it.ciclo.store.StoreException;
import it.ciclo.store.local.LocalFolderStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cycle init FILE --store DIR [--dry-run]}: creates the act and sector folders the directive
 * implies. The dry run and the real run make the same plan and refuse the same things (a file or a
 * link that leads nowhere with the name of a folder to create, an existing folder reached through a
 * link leading outside DIR, a read-only folder), before creating anything; links that lead nowhere
 * elsewhere are listed and passed over. Creates folders only, never inside anything but DIR, and nothing that is already there
 * (under any spelling that the directive's rule matches: Unicode form always, case unless it asks
 * for case to count); says what it created. Shows the directive's errors first and leaves alone the
 * act folders they target, unless {@code --include-flagged}.
 */
@Command(name = "init", resourceBundle = "it.ciclo.cli.usage", mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {

    @Mixin
    DirectiveOptions directive;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--dry-run", descriptionKey = "init.dryRun")
    boolean dryRun;

    @Option(names = "--include-flagged", descriptionKey = "init.includeFlagged")
    boolean includeFlagged;

    @Mixin
    CmisRun.PermissionOptions access;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UnusableInputException, RepositoryUnavailableException {
        Locale locale = directive.locale();
        CliText text = new CliText(locale);
        DirectiveOptions.Loaded loaded = directive.load(storeOptions);
        Flagged flagged = Flagged.of(loaded, StoreOptions.layout(loaded.document(), directive.places()), includeFlagged, text,
                directive.verbose);
        PrintWriter out = spec.commandLine().getOut();
        if (storeOptions.isCmis()) {
            return CmisRun.init(loaded, directive.file, flagged, storeOptions, access, dryRun, out, locale);
        }
        try (LocalFolderStore store = storeOptions.open(locale)) {
            Provisioner provisioner = new Provisioner(flagged.layout());
            FolderPlan plan = provisioner.plan(store);
            // Refused before anything is created, in a dry run as in a real one: both do the same.
            if (!plan.canApply()) {
                List<String> why = new ArrayList<>();
                plan.blocked().forEach(p -> why.add(text.get(plan.brokenLinks().contains(p) ? "init.blocked.link" : "init.blocked", p)));
                plan.refused().forEach(e -> why.add(text.get("init.refused", e.render(locale))));
                throw new UnusableInputException(String.join(System.lineSeparator(), why));
            }
            flagged.lines().forEach(out::println);
            plan.brokenLinks().forEach(p -> out.println(text.get("init.brokenLink", p)));
            out.println(text.get("init.heading", loaded.document().directive().title(), store.location()));
            if (plan.toCreate().isEmpty()) {
                out.println(text.get("init.nothing", plan.existing().size()));
                return 0;
            }
            if (dryRun) {
                plan.toCreate().forEach(path -> out.println(text.get("init.wouldCreate", path)));
            } else {
                provisioner.apply(plan, store, path -> out.println(text.get("init.created", path)));
            }
            out.println(text.get(dryRun ? "init.summary.dryRun" : "init.summary", plan.toCreate().size(), plan.existing().size()));
            return 0;
        } catch (StoreException e) {
            throw new UnusableInputException(e.render(locale));
        }
    }

    /**
     * What init does about the directive's errors: shows them first and, unless told otherwise,
     * leaves out each act folder an error-level finding targets (a folder with the wrong triennium,
     * say), saying so: folders made from a wrong directive would have to be renamed by hand.
     *
     * @param layout the folders to create
     * @param lines  what to print before the folders: the errors, the folders left out
     */
    record Flagged(Layout layout, List<String> lines) {

        static Flagged of(DirectiveOptions.Loaded loaded, Layout layout, boolean include, CliText text, boolean verbose) {
            List<Finding> findings = new DirectiveChecker().check(loaded.schedule());
            List<String> errors = new FindingsText(text.locale(), verbose).errors(loaded.document(), findings);
            List<String> lines = new ArrayList<>();
            if (!errors.isEmpty()) {
                lines.add(text.get("init.errors", errors.size()));
                errors.forEach(e -> lines.add("  " + e));
                lines.add("");
            }
            if (include) {
                return new Flagged(layout, lines);
            }
            List<ActFolder> left = layout.folders().stream().filter(f -> findings.stream().anyMatch(finding ->
                    finding.severity() == Severity.ERROR && finding.path().endsWith(".submission.folder")
                            && finding.act().filter(id -> f.acts().stream().anyMatch(a -> a.id().equals(id))).isPresent()))
                    .toList();
            left.forEach(f -> lines.add(text.get("init.flagged", f.path())));
            return new Flagged(layout.without(left), lines);
        }
    }
}
