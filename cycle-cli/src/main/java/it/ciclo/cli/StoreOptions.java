package it.ciclo.cli;

import it.ciclo.format.DirectiveDocument;
import it.ciclo.layout.Layout;
import it.ciclo.layout.LayoutException;
import it.ciclo.layout.LayoutProblem;
import it.ciclo.store.StoreException;
import it.ciclo.store.local.LocalFolderStore;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** What every subcommand that works on a shared folder takes: the folder. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", required = true, descriptionKey = "store")
    Path store;

    /** The store at {@code --store}. */
    LocalFolderStore open(Locale locale) throws UnusableInputException {
        try {
            return LocalFolderStore.open(store);
        } catch (StoreException e) {
            throw new UnusableInputException("--store: " + e.render(locale));
        }
    }

    /** The directive's folders, or every reason they cannot be laid out, each where the directive writes it. */
    static Layout layout(DirectiveDocument document, Locale locale) throws UnusableInputException {
        try {
            return Layout.of(document.directive());
        } catch (LayoutException e) {
            throw new UnusableInputException(e.problems().stream().map(p -> describe(document, p, locale))
                    .collect(Collectors.joining(System.lineSeparator())));
        }
    }

    private static String describe(DirectiveDocument document, LayoutProblem problem, Locale locale) {
        String where = document.locate(problem.jsonPath()).map(l -> l.position() + ": ").orElse("");
        return where + problem.jsonPath() + ": " + problem.message().render(locale);
    }
}
