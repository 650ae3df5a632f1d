package it.ciclo.collect;

import it.ciclo.directive.Sector;
import it.ciclo.layout.NameMatch;
import it.ciclo.store.DocumentStore;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import it.ciclo.store.TreeVisitor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents of one act folder, sorted as {@link it.ciclo.board.Scan} sorts them: directly in the
 * folder (the office's templates, or a shared act's common files) or below a Settore's folder (that
 * Settore's files). Files in other folders are left to {@code cycle status} to report; office lock
 * files ({@code ~$name.docx}, {@code .~lock.name#}) and hidden files are not documents anybody wrote.
 */
final class FolderFiles {

    /** A document below a Settore's folder. */
    record SectorFile(StoreEntry entry, Sector sector) {
    }

    final List<StoreEntry> direct = new ArrayList<>();
    final List<SectorFile> bySector = new ArrayList<>();
    final List<StoreException> failures = new ArrayList<>();

    /** Walks {@code folder} of {@code store}. */
    static FolderFiles of(DocumentStore store, StorePath folder, List<Sector> sectors, NameMatch match) {
        FolderFiles files = new FolderFiles();
        Map<String, Optional<Sector>> sectorOf = new HashMap<>();
        int depth = folder.depth();
        store.walk(folder, new TreeVisitor() {
            @Override
            public boolean folder(StoreEntry entry) {
                return !isHidden(entry.name()) || entry.path().equals(folder);
            }

            @Override
            public void document(StoreEntry file) {
                if (isHidden(file.name())) {
                    return;
                }
                if (file.path().depth() - depth <= 1) {
                    files.direct.add(file);
                    return;
                }
                String top = file.path().name(depth);
                sectorOf.computeIfAbsent(top, name -> sectors.stream()
                                .filter(s -> match.matches(s.folder(), name)).findFirst())
                        .ifPresent(sector -> files.bySector.add(new SectorFile(file, sector)));
            }

            @Override
            public void failed(StoreException problem) {
                files.failures.add(problem);
            }
        });
        return files;
    }

    /** Lock files of Word ({@code ~$}) and LibreOffice ({@code .~lock.}), and hidden files. */
    static boolean isHidden(String name) {
        return name.startsWith("~$") || name.startsWith(".");
    }
}
