package it.ciclo.cli;

import it.ciclo.cmis.CmisDocumentStore;
import it.ciclo.format.DirectiveDocument;
import it.ciclo.layout.Layout;
import it.ciclo.layout.LayoutException;
import it.ciclo.store.StoreException;
import it.ciclo.store.local.LocalFolderStore;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What every subcommand that works on a store takes: a shared folder ({@code --store DIR}) or a CMIS
 * repository ({@link CmisOptions}).
 */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", descriptionKey = "store")
    Path store;

    @Mixin
    CmisOptions repository = new CmisOptions();

    /** Whether the store is a CMIS repository ({@code --cmis}). */
    boolean isCmis() {
        return repository.isCmis();
    }

    /** The store at {@code --store}. */
    LocalFolderStore open(Locale locale) throws UnusableInputException {
        CliText text = new CliText(locale);
        if (store == null) {
            throw new UnusableInputException(text.get("store.missing"));
        }
        try {
            return LocalFolderStore.open(store);
        } catch (StoreException e) {
            throw new UnusableInputException("--store: " + e.render(locale));
        }
    }

    /** The repository at {@code --cmis}. */
    CmisDocumentStore openCmis(Locale locale) throws UnusableInputException, RepositoryUnavailableException {
        if (store != null) {
            throw new UnusableInputException(new CliText(locale).get("store.both"));
        }
        return repository.open(locale);
    }

    /** A repository failure as the command reports it; see {@link CmisOptions#failure}. */
    static UnusableInputException failure(StoreException e, Locale locale) throws RepositoryUnavailableException {
        return CmisOptions.failure(e, locale);
    }

    /** The store as the user named it, for headings. */
    String location() {
        return isCmis() ? repository.location() : String.valueOf(store);
    }

    /** The directive's folders, or every reason they cannot be laid out, each where the directive writes it. */
    static Layout layout(DirectiveDocument document, Places places) throws UnusableInputException {
        try {
            return Layout.of(document.directive());
        } catch (LayoutException e) {
            throw new UnusableInputException(places.lines(e.problems().stream()
                    .map(p -> places.at(document, p.jsonPath(), p.message())).toList()));
        }
    }
}
