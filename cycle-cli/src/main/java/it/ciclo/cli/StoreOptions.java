package it.ciclo.cli;

import it.ciclo.cmis.CmisDocumentStore;
import it.ciclo.cmis.CmisSettings;
import it.ciclo.format.DirectiveDocument;
import it.ciclo.layout.Layout;
import it.ciclo.layout.LayoutException;
import it.ciclo.layout.LayoutProblem;
import it.ciclo.store.StoreException;
import it.ciclo.store.local.LocalFolderStore;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * What every subcommand that works on a store takes: a shared folder ({@code --store DIR}) or a CMIS
 * repository ({@code --cmis URL --user NAME}, the password from the environment variable
 * {@value #PASSWORD_VARIABLE} or {@code --password-file FILE}, never from the command line, where
 * any user of the machine could read it in the process list).
 */
final class StoreOptions {

    /** The environment variable holding the CMIS password. */
    static final String PASSWORD_VARIABLE = "CICLO_CMIS_PASSWORD";

    @Option(names = "--store", paramLabel = "DIR", descriptionKey = "store")
    Path store;

    @Option(names = "--cmis", paramLabel = "URL", descriptionKey = "cmis")
    String cmis;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "cmis.user")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cmis.passwordFile")
    Path passwordFile;

    @Option(names = "--cmis-root", paramLabel = "PATH", defaultValue = CmisSettings.COMPANY_HOME, descriptionKey = "cmis.root")
    String cmisRoot;

    /** Where the environment is read; tests replace it. */
    UnaryOperator<String> environment = System::getenv;

    /** Whether the store is a CMIS repository ({@code --cmis}). */
    boolean isCmis() {
        return cmis != null;
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
        CliText text = new CliText(locale);
        if (store != null) {
            throw new UnusableInputException(text.get("store.both"));
        }
        if (user == null || user.isBlank()) {
            throw new UnusableInputException(text.get("cmis.user.missing"));
        }
        URI url;
        try {
            url = new URI(cmis);
        } catch (URISyntaxException e) {
            throw new UnusableInputException(text.get("cmis.url.invalid", cmis));
        }
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new UnusableInputException(text.get("cmis.url.invalid", cmis));
        }
        if (!cmisRoot.startsWith("/")) {
            throw new UnusableInputException(text.get("cmis.root.invalid", cmisRoot));
        }
        char[] password = password(text);
        try {
            return CmisDocumentStore.open(CmisSettings.of(url, user, password).withRoot(cmisRoot));
        } catch (StoreException e) {
            throw failure(e, locale);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The password: from {@code --password-file} (its first line), else from the environment. */
    private char[] password(CliText text) throws UnusableInputException {
        if (passwordFile != null) {
            try {
                String content = Files.readString(passwordFile, StandardCharsets.UTF_8);
                int end = content.indexOf('\n');
                String line = end < 0 ? content : content.substring(0, end);
                return line.strip().toCharArray();
            } catch (IOException e) {
                throw new UnusableInputException(text.get("cmis.password.unreadable", passwordFile, e.getClass().getSimpleName()));
            }
        }
        String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
        if (fromEnvironment == null || fromEnvironment.isEmpty()) {
            throw new UnusableInputException(text.get("cmis.password.missing", PASSWORD_VARIABLE));
        }
        return fromEnvironment.toCharArray();
    }

    /**
     * A repository failure as the command reports it: thrown as unavailable (exit 3) when the
     * repository could not be reached, else returned as unusable input (exit 2) for the caller to throw.
     */
    static UnusableInputException failure(StoreException e, Locale locale) throws RepositoryUnavailableException {
        if (CmisDocumentStore.isUnavailable(e)) {
            throw new RepositoryUnavailableException(e.render(locale));
        }
        return new UnusableInputException(e.render(locale));
    }

    /** The store as the user named it, for headings. */
    String location() {
        return isCmis() ? cmis + " " + cmisRoot : String.valueOf(store);
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
