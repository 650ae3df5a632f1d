package it.ciclo.board;

import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Act;
import it.ciclo.directive.Sector;
import it.ciclo.i18n.Message;
import it.ciclo.layout.ActFolder;
import it.ciclo.layout.FolderFinder;
import it.ciclo.layout.Layout;
import it.ciclo.layout.NameMatch;
import it.ciclo.store.DocumentStore;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import it.ciclo.store.TreeVisitor;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns what a store holds into a {@link Board}: walks each act folder once (acts sharing a folder
 * share the walk), sorts every file, and weighs each submission against its deadline.
 *
 * <p>Where a file goes, inside an act folder: directly in it, it is a template of the office, or,
 * for a shared act, the shared submission; below a sector's folder (at any depth), it is that
 * sector's submission; below any other folder, it is {@link UnclassifiedReason#UNKNOWN_SECTOR_FOLDER}.
 * A file directly in a folder that holds act folders is {@link UnclassifiedReason#OUTSIDE_ACT_FOLDERS}.
 * Other folders of the store are not looked at: the share holds much besides this cycle.
 *
 * <p>A shared act's files are all edited by everybody, and the office usually prepares them before
 * the directive goes out; so only files changed after the day the directive was issued count as
 * handed in.
 */
public final class Scan {

    /** How many entries between two progress reports. */
    private static final int PROGRESS_EVERY = 1024;

    private final Schedule schedule;
    private final Layout layout;
    private final NameMatch match;
    private final ActWeighing weighing;

    /**
     * @param schedule the directive's deadlines
     * @param layout   the directive's folders
     * @param match    how names in the store are matched to the directive's
     * @param zone     the time zone that turns modification instants into days (the Comune's)
     */
    public Scan(Schedule schedule, Layout layout, NameMatch match, ZoneId zone) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.match = Objects.requireNonNull(match, "match");
        this.weighing = new ActWeighing(schedule, layout, Objects.requireNonNull(zone, "zone"));
    }

    /** Scans {@code store} and weighs what it holds on day {@code asOf}. Never fails: what cannot be read is listed as such. */
    public Board run(DocumentStore store, LocalDate asOf, ScanListener listener) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(listener, "listener");
        FolderFinder finder = new FolderFinder(store, match);
        Sorter sorter = new Sorter(listener);
        List<ActStanding> acts = new ArrayList<>();
        for (ActFolder folder : layout.folders()) {
            List<StorePath> found = find(finder, folder.path(), sorter.unclassified);
            ActFolderContents contents = new ActFolderContents();
            for (StorePath path : found) {
                store.walk(path, sorter.visitor(folder, path, contents));
            }
            for (Act act : folder.acts()) {
                acts.add(weighing.standing(act, folder, found, contents, asOf));
            }
        }
        for (StorePath parent : layout.parentsOfActFolders()) {
            for (StorePath path : find(finder, parent, sorter.unclassified)) {
                looseFiles(store, path, sorter.unclassified);
            }
        }
        listener.progress(sorter.seen);
        acts.sort(Comparator.comparing(a -> layout.directive().acts().indexOf(a.act())));
        List<Unclassified> unclassified = new ArrayList<>(sorter.unclassified);
        unclassified.sort(Comparator.comparing(Unclassified::path));
        return new Board(asOf, schedule, acts, unclassified, sorter.seen);
    }

    private static List<StorePath> find(FolderFinder finder, StorePath path, List<Unclassified> unclassified) {
        try {
            return finder.find(path);
        } catch (StoreException e) {
            unclassified.add(new Unclassified(e.path(), UnclassifiedReason.NOT_READ, e.reason()));
            return List.of();
        }
    }

    /** Files directly in a folder that holds act folders, which belong in one of them. */
    private static void looseFiles(DocumentStore store, StorePath parent, List<Unclassified> unclassified) {
        try (Stream<StoreEntry> children = store.children(parent)) {
            children.filter(e -> !e.isFolder()).forEach(e -> unclassified.add(new Unclassified(e.path(),
                    UnclassifiedReason.OUTSIDE_ACT_FOLDERS, Message.of("unclassified.detail.outside"))));
        } catch (StoreException e) {
            unclassified.add(new Unclassified(e.path(), UnclassifiedReason.NOT_READ, e.reason()));
        } catch (UncheckedIOException e) {
            StoreException s = StoreException.unwrap(parent, e);
            unclassified.add(new Unclassified(s.path(), UnclassifiedReason.NOT_READ, s.reason()));
        }
    }

    /** Sorts the entries of the walks, counting them as it goes. */
    private final class Sorter {
        final List<Unclassified> unclassified = new ArrayList<>();
        final ScanListener listener;
        long seen;

        Sorter(ScanListener listener) {
            this.listener = listener;
        }

        TreeVisitor visitor(ActFolder folder, StorePath root, ActFolderContents contents) {
            Map<String, Optional<Sector>> sectorOf = new HashMap<>();
            int depth = root.depth();
            return new TreeVisitor() {
                @Override
                public boolean folder(StoreEntry entry) {
                    tick();
                    return true;
                }

                @Override
                public void document(StoreEntry file) {
                    tick();
                    int below = file.path().depth() - depth;
                    if (below <= 1) {
                        // Directly in the act folder: the shared submission, or the office's templates.
                        contents.addDirect(file);
                        return;
                    }
                    String top = file.path().name(depth);
                    Optional<Sector> sector = sectorOf.computeIfAbsent(top, this::sector);
                    if (sector.isEmpty()) {
                        unclassified.add(new Unclassified(file.path(), UnclassifiedReason.UNKNOWN_SECTOR_FOLDER,
                                unknownSector(top)));
                    } else if (!folder.hasSectorFolders()) {
                        unclassified.add(new Unclassified(file.path(), UnclassifiedReason.SHARED_ACT_SUBFOLDER,
                                Message.of("unclassified.detail.shared", root)));
                    } else {
                        contents.addToSector(sector.get(), file);
                    }
                }

                @Override
                public void failed(StoreException problem) {
                    tick();
                    unclassified.add(new Unclassified(problem.path(), UnclassifiedReason.NOT_READ, problem.reason()));
                }

                private Optional<Sector> sector(String name) {
                    String key = match.key(name);
                    return layout.sectors().stream().filter(s -> match.key(s.folder()).equals(key)).findFirst();
                }
            };
        }

        /** Says which sector folder it would be taken for if case were ignored, since that is the likely slip. */
        private Message unknownSector(String folder) {
            Optional<Sector> ignoringCase = layout.sectors().stream()
                    .filter(s -> NameMatch.IGNORE_CASE.matches(s.folder(), folder)).findFirst();
            return ignoringCase
                    .map(s -> Message.of("unclassified.detail.case", folder, s.folder()))
                    .orElseGet(() -> Message.of("unclassified.detail.unknown", folder));
        }

        private void tick() {
            if (++seen % PROGRESS_EVERY == 0) {
                listener.progress(seen);
            }
        }
    }
}
