package it.ciclo.serve.snapshot;

import it.ciclo.layout.Layout;
import it.ciclo.register.store.RegisterFile;
import it.ciclo.register.store.RegisterStore;
import it.ciclo.store.DocumentStore;
import it.ciclo.store.StorePath;
import it.ciclo.store.local.LocalFolderStore;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** A shared folder, with the events register in the file beside the directive. */
public final class LocalArchive implements Archive {

    private final Path root;
    private final FolderLinks links;

    public LocalArchive(Path root, FolderLinks links) {
        this.root = Objects.requireNonNull(root, "root");
        this.links = Objects.requireNonNull(links, "links");
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public DocumentStore open() throws Exception {
        return LocalFolderStore.open(root);
    }

    @Override
    public RegisterStore register(DocumentStore open, Path directive, Layout layout) {
        return RegisterFile.beside(directive, layout.directive().calendar().zone());
    }

    @Override
    public Optional<String> link(StorePath path) {
        return links.link(path);
    }
}
