package it.ciclo.cli;

import it.ciclo.layout.FolderPlan;
import it.ciclo.layout.Layout;
import it.ciclo.layout.Provisioner;
import it.ciclo.store.StoreException;
import it.ciclo.store.local.LocalFolderStore;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cycle init FILE --store DIR [--dry-run]}: creates the act and sector folders the directive
 * implies. Creates folders only, never inside anything but DIR, and nothing that is already there
 * (under any spelling that differs only in case or Unicode form); says what it created.
 */
@Command(name = "init", resourceBundle = "it.ciclo.cli.usage", mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {

    @Mixin
    DirectiveOptions directive;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--dry-run", descriptionKey = "init.dryRun")
    boolean dryRun;

    @Mixin
    CmisRun.PermissionOptions access;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UnusableInputException, RepositoryUnavailableException {
        Locale locale = directive.locale();
        CliText text = new CliText(locale);
        DirectiveOptions.Loaded loaded = directive.load();
        Layout layout = StoreOptions.layout(loaded.document(), locale);
        PrintWriter out = spec.commandLine().getOut();
        if (storeOptions.isCmis()) {
            return CmisRun.init(loaded, layout, storeOptions, access, dryRun, out, locale);
        }
        try (LocalFolderStore store = storeOptions.open(locale)) {
            Provisioner provisioner = new Provisioner(layout);
            FolderPlan plan = provisioner.plan(store);
            if (!plan.blocked().isEmpty()) {
                throw new UnusableInputException(plan.blocked().stream()
                        .map(p -> text.get("init.blocked", p)).collect(Collectors.joining(System.lineSeparator())));
            }
            out.println(text.get("init.heading", loaded.document().directive().id(), store.location()));
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
}
