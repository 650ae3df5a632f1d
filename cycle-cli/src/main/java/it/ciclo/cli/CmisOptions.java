package it.ciclo.cli;

import it.ciclo.cmis.CmisDocumentStore;
import it.ciclo.cmis.CmisSettings;
import it.ciclo.format.TextFile;
import it.ciclo.store.StoreException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.Locale;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A CMIS repository ({@code --cmis URL --user NAME}), the password from the environment variable
 * {@value #PASSWORD_VARIABLE} or {@code --password-file FILE}, never from the command line, where any
 * user of the machine could read it in the process list.
 */
final class CmisOptions {

    /** The environment variable holding the CMIS password. */
    static final String PASSWORD_VARIABLE = "CICLO_CMIS_PASSWORD";

    @Option(names = "--cmis", paramLabel = "URL", descriptionKey = "cmis")
    String cmis;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "cmis.user")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cmis.passwordFile")
    Path passwordFile;

    @Option(names = "--cmis-root", paramLabel = "PATH", defaultValue = CmisSettings.COMPANY_HOME, descriptionKey = "cmis.root")
    String cmisRoot;

    @Option(names = "--cmis-timeout", paramLabel = "N", defaultValue = "60", descriptionKey = "cmis.timeout")
    int timeoutSeconds = 60;

    /** The command this is part of: its error stream takes the warnings. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Where the environment is read; tests replace it. */
    UnaryOperator<String> environment = System::getenv;

    /** Whether a repository is named ({@code --cmis}). */
    boolean isCmis() {
        return cmis != null;
    }

    /** The repository at {@code --cmis}. */
    CmisDocumentStore open(Locale locale) throws UnusableInputException, RepositoryUnavailableException {
        CliText text = new CliText(locale);
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
        if (timeoutSeconds < 1) {
            throw new UnusableInputException(text.get("cmis.timeout.invalid", timeoutSeconds));
        }
        char[] password = password(text);
        try {
            CmisSettings settings = CmisSettings.of(url, user, password).withRoot(cmisRoot);
            return CmisDocumentStore.open(settings.withTimeouts(settings.connectTimeout(), Duration.ofSeconds(timeoutSeconds)));
        } catch (StoreException e) {
            throw failure(e, locale);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The password: from {@code --password-file} (its first line), else from the environment. */
    private char[] password(CliText text) throws UnusableInputException {
        if (passwordFile != null) {
            String content;
            try {
                content = TextFile.read(passwordFile, passwordFile.toString());
            } catch (TextFile.Unreadable e) {
                throw new UnusableInputException(text.get("cmis.password.unreadable", passwordFile, e.problem().message()));
            }
            if (readableByOthers(passwordFile) && mixee != null) {
                mixee.commandLine().getErr().println(text.get("cmis.password.exposed", passwordFile));
            }
            int end = content.indexOf('\n');
            String line = end < 0 ? content : content.substring(0, end);
            return line.strip().toCharArray();
        }
        String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
        if (fromEnvironment == null || fromEnvironment.isEmpty()) {
            throw new UnusableInputException(text.get("cmis.password.missing", PASSWORD_VARIABLE));
        }
        return fromEnvironment.toCharArray();
    }

    /**
     * Whether users other than the owner may read {@code file} (group or others have the read
     * permission). False where the file system has no such permissions (Windows: there the folder's
     * access list decides, which the guide tells to check).
     */
    static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
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

    /** The repository as the user named it, for headings. */
    String location() {
        return cmis + " " + cmisRoot;
    }
}
