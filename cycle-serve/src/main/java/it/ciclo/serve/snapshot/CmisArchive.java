package it.ciclo.serve.snapshot;

import it.ciclo.cmis.CmisDocumentStore;
import it.ciclo.cmis.register.CmisRegister;
import it.ciclo.layout.Layout;
import it.ciclo.register.store.RegisterStore;
import it.ciclo.store.DocumentStore;
import it.ciclo.store.StorePath;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** A CMIS repository (Alfresco), with the events register as a document in it. */
public final class CmisArchive implements Archive {

    /** Opens the repository: the command's own options, with the password from the environment or a file. */
    @FunctionalInterface
    public interface Opener {
        CmisDocumentStore open() throws Exception;
    }

    private final String location;
    private final Opener opener;
    private final FolderLinks links;

    public CmisArchive(String location, Opener opener, FolderLinks links) {
        this.location = Objects.requireNonNull(location, "location");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.links = Objects.requireNonNull(links, "links");
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public DocumentStore open() throws Exception {
        return opener.open();
    }

    @Override
    public RegisterStore register(DocumentStore open, Path directive, Layout layout) {
        return new CmisRegister((CmisDocumentStore) open, layout);
    }

    @Override
    public Optional<String> link(StorePath path) {
        return links.link(path);
    }
}
