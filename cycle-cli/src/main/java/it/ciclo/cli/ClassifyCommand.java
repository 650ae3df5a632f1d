package it.ciclo.cli;

import it.ciclo.layout.Layout;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cycle classify FILE --cmis URL --user NAME}: marks the files in the sector folders of a
 * repository without Ciclo's platform module as submissions. Safe to run from cron: a file is
 * marked once. Exit codes: 0 done; 2 unusable input or configuration; 3 repository unavailable.
 */
@Command(name = "classify", resourceBundle = "it.ciclo.cli.usage", mixinStandardHelpOptions = true)
final class ClassifyCommand implements Callable<Integer> {

    @Mixin
    DirectiveOptions directive;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--dry-run", descriptionKey = "classify.dryRun")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UnusableInputException, RepositoryUnavailableException {
        Locale locale = directive.locale();
        if (!storeOptions.isCmis()) {
            throw new UnusableInputException(new CliText(locale).get("classify.cmisOnly"));
        }
        DirectiveOptions.Loaded loaded = directive.load(storeOptions);
        Layout layout = StoreOptions.layout(loaded.document(), directive.places());
        return CmisRun.classify(loaded, layout, storeOptions, dryRun, spec.commandLine().getOut(), locale);
    }
}
