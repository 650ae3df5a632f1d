package it.ciclo.board;

import it.ciclo.directive.Sector;
import it.ciclo.store.StoreEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one act folder holds, as a store reported it: the files directly in it (the office's
 * templates, a shared act's files, or files dropped in the wrong place) and each sector's files.
 * Filled while a store is read, then weighed by {@link ActWeighing}; not thread-safe.
 */
final class ActFolderContents {

    private final List<StoreEntry> direct = new ArrayList<>();
    private final Map<Sector, List<StoreEntry>> bySector = new LinkedHashMap<>();

    /** Records a file found directly in the act folder. */
    void addDirect(StoreEntry file) {
        direct.add(Objects.requireNonNull(file, "file"));
    }

    /** Records a file found in {@code sector}'s folder (or below it). */
    void addToSector(Sector sector, StoreEntry file) {
        bySector.computeIfAbsent(Objects.requireNonNull(sector, "sector"), s -> new ArrayList<>())
                .add(Objects.requireNonNull(file, "file"));
    }

    List<StoreEntry> direct() {
        return direct;
    }

    List<StoreEntry> of(Sector sector) {
        return bySector.getOrDefault(sector, List.of());
    }
}
