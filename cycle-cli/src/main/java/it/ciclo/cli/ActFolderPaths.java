package it.ciclo.cli;

import it.ciclo.layout.ActFolder;
import it.ciclo.layout.FolderFinder;
import it.ciclo.layout.Layout;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import it.ciclo.store.local.LocalFolderStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The act folders of a shared folder, found as a scan finds them (the directive's matching rule):
 * where no document Ciclo writes may land, since there it would pass for a Settore's file. The rest
 * of the shared folder is the office's, as a board rebuilt every morning beside the directive.
 */
final class ActFolderPaths {

    private ActFolderPaths() {
    }

    /**
     * What {@code --output} may not be or lie in: the directive, its register and, on a shared folder,
     * the act folders (listed only when there is an {@code --output}: a scan to the screen pays nothing).
     */
    static List<Path> guardedFrom(OutputOption output, DirectiveOptions directive, StoreOptions store, Layout layout) {
        List<Path> guarded = new ArrayList<>(directive.guarded());
        if (output.file != null && !store.isCmis()) {
            guarded.addAll(of(store.store, layout));
        }
        return guarded;
    }

    /** The local paths of the act folders of {@code layout} that exist under {@code root}. */
    static List<Path> of(Path root, Layout layout) {
        List<Path> paths = new ArrayList<>();
        try (LocalFolderStore store = LocalFolderStore.open(root)) {
            FolderFinder finder = new FolderFinder(store, layout.match());
            for (ActFolder folder : layout.folders()) {
                try {
                    for (StorePath found : finder.find(folder.path())) {
                        Path local = root;
                        for (String name : found.names()) {
                            local = local.resolve(name);
                        }
                        paths.add(local);
                    }
                } catch (StoreException e) {
                    // A folder that cannot be listed is reported by the command's own reading.
                }
            }
        } catch (StoreException e) {
            // No store to guard: the command itself says why it cannot be read.
        }
        return paths;
    }
}
