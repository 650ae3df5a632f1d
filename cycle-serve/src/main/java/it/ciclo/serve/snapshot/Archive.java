package it.ciclo.serve.snapshot;

import it.ciclo.layout.Layout;
import it.ciclo.register.store.RegisterStore;
import it.ciclo.store.DocumentStore;
import it.ciclo.store.StorePath;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the Settori's files and the events register are: a shared folder or a CMIS repository. The
 * server opens it for each scan and for each event recorded, and closes it after.
 */
public interface Archive {

    /** Where it is, as the user named it. */
    String location();

    /**
     * The store, open.
     *
     * @throws Exception if it cannot be opened; the message says why, in the user's language
     */
    DocumentStore open() throws Exception;

    /** The events register of the directive in {@code directive}, in {@code open} (this archive's store, open). */
    RegisterStore register(DocumentStore open, Path directive, Layout layout);

    /** A link people can open to the folder at {@code path} (a share, the repository's web client), if one is known. */
    Optional<String> link(StorePath path);
}
