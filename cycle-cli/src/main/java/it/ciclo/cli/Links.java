package it.ciclo.cli;

import it.ciclo.cmis.CmisDocumentStore;
import it.ciclo.store.StorePath;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.apache.chemistry.opencmis.commons.data.RepositoryInfo;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.RepositoryInfoBrowserBindingImpl;

/**
 * Where a person can open a file of the store from the gathered output: a {@code file:} address on
 * the shared folder (as the command was given it: {@code R:\...} on Windows), the document's content
 * through the repository's browser binding on CMIS (the browser asks for the repository's login).
 */
final class Links {

    private Links() {
    }

    /** Links into the shared folder {@code root}. */
    static Function<StorePath, Optional<String>> local(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        return path -> {
            Path file = absolute;
            for (String name : path.names()) {
                file = file.resolve(name);
            }
            return Optional.of(file.toUri().toString());
        };
    }

    /**
     * Links to the documents' content in the repository of {@code store}, below the root folder
     * address the repository itself gives ({@code rootFolderUrl}; Alfresco's is the service address
     * followed by {@code /root}).
     */
    static Function<StorePath, Optional<String>> cmis(CmisDocumentStore store) {
        RepositoryInfo info = store.session().getRepositoryInfo();
        String root = info instanceof RepositoryInfoBrowserBindingImpl browser && browser.getRootUrl() != null
                ? browser.getRootUrl() : store.settings().url() + "/root";
        URI base = URI.create(root);
        return path -> {
            try {
                return Optional.of(new URI(base.getScheme(), base.getRawAuthority(), base.getPath() + store.absolute(path),
                        "cmisselector=content", null).toASCIIString());
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        };
    }
}
