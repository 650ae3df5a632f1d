package it.ciclo.cmis;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * How to reach a CMIS 1.1 repository over the browser binding, and where in it the cycle lives.
 * The password is held as characters and never printed: {@link #toString()} leaves it out.
 *
 * @param url            the browser binding URL, for Alfresco
 *                       {@code http(s)://HOST/alfresco/api/-default-/public/cmis/versions/1.1/browser}
 * @param user           the user name
 * @param password       the password
 * @param root           the absolute path of the folder that plays the part of the shared drive's
 *                       root: directive folder paths are read relative to it ({@code /} is
 *                       Alfresco's Company Home)
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for an answer
 * @param retry          how transient failures are retried
 * @param pageSize       how many objects one page of a listing or a query brings
 */
public record CmisSettings(URI url, String user, char[] password, String root, Duration connectTimeout,
        Duration readTimeout, RetryPolicy retry, int pageSize) {

    /**
     * Company Home. The seed directive writes its act folders from the shared drive's root
     * ({@code ATTIVITA' TRASVERSALI\11_Programmazione e controllo\...}); the same paths under
     * Company Home land in the programming root the platform module sets up
     * ({@code ciclo.root.parent.name}/{@code ciclo.root.name} in its alfresco-global.properties).
     */
    public static final String COMPANY_HOME = "/";

    /**
     * Validates the components, each as described above.
     *
     * @param url the browser binding URL, for Alfresco {@code
     *            http(s)://HOST/alfresco/api/-default-/public/cmis/versions/1.1/browser}
     * @param user the user name
     * @param password the password
     * @param root the absolute path of the folder that plays the part of the shared drive's root: directive
     *             folder paths are read relative to it ({@code /} is Alfresco's Company Home)
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout how long to wait for an answer
     * @param retry how transient failures are retried
     * @param pageSize how many objects one page of a listing or a query brings
     */
    public CmisSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        password = Objects.requireNonNull(password, "password").clone();
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(retry, "retry");
        if (!root.startsWith("/")) {
            throw new IllegalArgumentException("the root is an absolute repository path, starting with /: " + root);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive: " + pageSize);
        }
    }

    /**
     * Settings with Company Home as root, 10 s to connect, 60 s to answer, pages of 500. (The
     * Comune's time zone is the directive's, {@code calendar.zone}: one zone for every store.)
     *
     * @param url the browser binding URL, for Alfresco {@code
     *            http(s)://HOST/alfresco/api/-default-/public/cmis/versions/1.1/browser}
     * @param user the user name
     * @param password the password
     * @return settings with Company Home as root, 10 s to connect, 60 s to answer, pages of 500. (The Comune's
     *         time zone is the directive's, {@code calendar.zone}: one zone for every store.)
     */
    public static CmisSettings of(URI url, String user, char[] password) {
        return new CmisSettings(url, user, password, COMPANY_HOME, Duration.ofSeconds(10), Duration.ofSeconds(60),
                RetryPolicy.DEFAULT, 500);
    }

    /**
     * @param newRoot the absolute path of the folder that plays the part of the shared drive's root
     * @return these settings with another root
     */
    public CmisSettings withRoot(String newRoot) {
        return new CmisSettings(url, user, password, newRoot, connectTimeout, readTimeout, retry, pageSize);
    }

    /**
     * @param newRetry how transient failures are retried
     * @return these settings with another retry policy
     */
    public CmisSettings withRetry(RetryPolicy newRetry) {
        return new CmisSettings(url, user, password, root, connectTimeout, readTimeout, newRetry, pageSize);
    }

    /**
     * @param connect how long to wait for a connection
     * @param read    how long to wait for an answer
     * @return these settings with other timeouts
     */
    public CmisSettings withTimeouts(Duration connect, Duration read) {
        return new CmisSettings(url, user, password, root, connect, read, retry, pageSize);
    }

    /** {@return a copy of the password, for the caller to wipe after use} */
    @Override
    public char[] password() {
        return password.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CmisSettings s && url.equals(s.url) && user.equals(s.user)
                && Arrays.equals(password, s.password) && root.equals(s.root)
                && connectTimeout.equals(s.connectTimeout) && readTimeout.equals(s.readTimeout)
                && retry.equals(s.retry) && pageSize == s.pageSize;
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, user, root, connectTimeout, readTimeout, retry, pageSize);
    }

    /** Everything but the password. */
    @Override
    public String toString() {
        return "CmisSettings[url=" + url + ", user=" + user + ", root=" + root + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", retry=" + retry + ", pageSize=" + pageSize + "]";
    }
}
