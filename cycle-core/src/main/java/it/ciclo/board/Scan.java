package it.ciclo.board;

import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Act;
import it.ciclo.directive.Directive;
import it.ciclo.directive.Sector;
import it.ciclo.i18n.Message;
import it.ciclo.layout.ActFolder;
import it.ciclo.layout.FolderFinder;
import it.ciclo.layout.Layout;
import it.ciclo.layout.NameMatch;
import it.ciclo.store.DocumentStore;
import it.ciclo.store.EntryKind;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Turns what a store holds into a {@link Board}: finds each act folder by name, walks it once (acts
 * sharing a folder share the walk), sorts every file, and weighs each submission through its act's
 * {@link Intake}. The same for every store: a shared folder, or a CMIS repository, whose walk is one
 * {@code getDescendants} request per act folder and whose folders are found by listing them (no
 * query, so no search index is needed).
 *
 * <p>Where a file goes, inside an act folder (names matched by the directive's rule, case ignored
 * unless it says otherwise):
 * <ul>
 *   <li>a file or folder the {@link IgnoreList} names is nothing, and is not looked into;</li>
 *   <li>below the directive's templates folder, if it declares one: the office's templates;</li>
 *   <li>below a sector's folder (at any depth): that sector's submission, if the sector owes files
 *       for an act of the folder, else {@link UnclassifiedReason#SECTOR_NOT_ASKED};</li>
 *   <li>below any other folder: {@link UnclassifiedReason#UNKNOWN_SECTOR_FOLDER};</li>
 *   <li>below any folder of a shared act's folder (a sector's name or not):
 *       {@link UnclassifiedReason#SHARED_ACT_SUBFOLDER};</li>
 *   <li>directly in the act folder: for a shared act, the shared submission; otherwise the office's
 *       templates if last changed before the collection opened, else
 *       {@link UnclassifiedReason#LOOSE_IN_ACT_FOLDER}: a sector's file dropped in the wrong place.</li>
 * </ul>
 * A file directly in a folder that holds act folders is {@link UnclassifiedReason#OUTSIDE_ACT_FOLDERS}.
 *
 * <p>From a store that allows it ({@link DocumentStore#supportsConcurrentReads}, a shared folder
 * does) up to {@link #DEFAULT_THREADS} act folders are read at the same time ({@link #withThreads});
 * the board is the same as when they are read one after the other.
 * Files out of place that were last changed before the collection opened (the earliest of the
 * folder's acts) are an earlier cycle's or the office's, and are not listed. Other folders of the
 * store are not looked at: the share holds much besides this cycle.
 */
public final class Scan {

    /** How many entries between two progress reports. */
    private static final int PROGRESS_EVERY = 1024;

    /**
     * How many act folders are read at the same time by default: enough to hide a network share's
     * wait for each listing, few enough not to crowd a small machine.
     */
    public static final int DEFAULT_THREADS = 8;

    private final Schedule schedule;
    private final Layout layout;
    private final NameMatch match;
    private final IgnoreList ignore;
    private final ZoneId zone;
    private final ActWeighing weighing;
    private final int threads;

    /**
     * A scan by {@code layout}'s directive's rules: its name matching, ignore list, templates folder
     * and time zone.
     *
     * @param schedule the directive's deadlines
     * @param layout   the directive's folders
     */
    public Scan(Schedule schedule, Layout layout) {
        this(schedule, layout, DEFAULT_THREADS);
    }

    private Scan(Schedule schedule, Layout layout, int threads) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.layout = Objects.requireNonNull(layout, "layout");
        if (!layout.directive().equals(schedule.directive())) {
            throw new IllegalArgumentException("the layout and the schedule are of different directives");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be one or more, was " + threads);
        }
        this.match = layout.match();
        this.ignore = IgnoreList.of(layout.directive().files());
        this.zone = layout.directive().calendar().zone();
        this.weighing = new ActWeighing(schedule);
        this.threads = threads;
    }

    /**
     * This scan, reading at most {@code threads} act folders at the same time from a store that
     * allows it ({@link DocumentStore#supportsConcurrentReads}); one reads them one after the other.
     *
     * @param threads how many act folders to read at once, at least 1
     * @return a scan that differs only in that
     */
    public Scan withThreads(int threads) {
        return new Scan(schedule, layout, threads);
    }

    /**
     * Scans {@code store} and weighs what it holds on day {@code asOf}. Never fails: what cannot be read is
     * listed as such.
     *
     * @param store the store
     * @param asOf the day the board is made for
     * @param listener told how far the scan has got
     * @return the board: each act's standing per sector on day {@code asOf}, and the files to be checked
     */
    public Board run(DocumentStore store, LocalDate asOf, ScanListener listener) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(listener, "listener");
        FolderFinder finder = new FolderFinder(store, match);
        Sorter sorter = new Sorter(listener);
        List<ActStanding> acts = new ArrayList<>();
        Map<ActFolder, List<StorePath>> founds = new LinkedHashMap<>();
        for (ActFolder folder : layout.folders()) {
            founds.put(folder, sorter.find(finder, folder.path()));
        }
        Walks walks = new Walks(store, store.supportsConcurrentReads() ? threads : 1, listener);
        try {
            founds.values().forEach(found -> found.forEach(walks::start));
            for (Map.Entry<ActFolder, List<StorePath>> entry : founds.entrySet()) {
                ActFolder folder = entry.getKey();
                List<StorePath> found = entry.getValue();
                ActFolderContents contents = new ActFolderContents();
                for (StorePath path : found) {
                    walks.replay(path, sorter.visitor(folder, path, contents));
                }
                finishFolder(folder, found, contents, sorter, acts, asOf);
            }
        } finally {
            walks.close();
        }
        finishRun(store, finder, sorter, asOf);
        listener.progress(sorter.seen);
        return board(acts, sorter, asOf);
    }

    /** Loose files of the act folder, then each of its acts weighed. */
    private void finishFolder(ActFolder folder, List<StorePath> found, ActFolderContents contents, Sorter sorter,
            List<ActStanding> acts, LocalDate asOf) {
        if (folder.acts().stream().noneMatch(ActFolder::isShared)) {
            sorter.looseInActFolder(folder, contents);
        }
        for (Act act : folder.acts()) {
            acts.add(weighing.standing(act, folder, found, contents, asOf));
        }
    }

    /** Files directly in the folders that hold act folders: they belong in one. */
    private void finishRun(DocumentStore store, FolderFinder finder, Sorter sorter, LocalDate asOf) {
        LocalDate earliest = layout.folders().stream().map(this::opens).min(Comparator.naturalOrder()).orElse(asOf);
        for (StorePath parent : layout.parentsOfActFolders()) {
            for (StorePath path : sorter.find(finder, parent)) {
                sorter.outsideActFolders(store, path, earliest);
            }
        }
    }

    /** The board: acts in the directive's order, files to be checked by path. */
    private Board board(List<ActStanding> acts, Sorter sorter, LocalDate asOf) {
        Map<String, Integer> order = new HashMap<>();
        List<Act> declared = layout.directive().acts();
        for (int i = 0; i < declared.size(); i++) {
            order.put(declared.get(i).id(), i);
        }
        acts.sort(Comparator.comparing(a -> order.get(a.act().id())));
        List<Unclassified> unclassified = new ArrayList<>(sorter.unclassified);
        unclassified.sort(Comparator.comparing(Unclassified::path));
        return new Board(asOf, schedule, acts, unclassified, sorter.seen);
    }

    /** The earliest day a file counts for an act of {@code folder}: files out of place from before are not listed. */
    private LocalDate opens(ActFolder folder) {
        Directive directive = layout.directive();
        return folder.acts().stream().map(directive::collectionOpens).min(Comparator.naturalOrder()).orElseThrow();
    }

    /**
     * The walks of the act folders. With one thread, each walk runs when it is replayed, straight into
     * the sorter, as a store is read one folder at a time. With more, every walk starts at once on a
     * pool, each recorded (folders, files, failures in the order the store gave them), and is replayed
     * into the sorter on the calling thread in the directive's order: the board is the same either
     * way, and only the calling thread ever touches it.
     */
    private static final class Walks {
        private final DocumentStore store;
        private final ScanListener listener;
        private final ExecutorService pool;
        private final Map<StorePath, Future<List<Object>>> started = new HashMap<>();
        private final AtomicLong seen = new AtomicLong();

        Walks(DocumentStore store, int threads, ScanListener listener) {
            this.store = store;
            this.listener = listener;
            this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, task -> {
                Thread t = new Thread(task, "ciclo-scan");
                t.setDaemon(true);
                return t;
            });
        }

        void start(StorePath folder) {
            if (pool != null && !started.containsKey(folder)) {
                started.put(folder, pool.submit(() -> {
                    Recording recording = new Recording(seen);
                    store.walk(folder, recording);
                    return recording.events;
                }));
            }
        }

        /** Gives {@code visitor} the walk of {@code folder}: run now, or recorded and replayed. */
        void replay(StorePath folder, TreeVisitor visitor) {
            Future<List<Object>> walk = started.remove(folder);
            if (walk == null) {
                store.walk(folder, visitor);
                return;
            }
            List<Object> events = waitFor(walk);
            StorePath skipped = null;
            for (Object event : events) {
                if (event instanceof StoreException failure) {
                    if (skipped == null || !failure.path().startsWith(skipped)) {
                        visitor.failed(failure);
                    }
                    continue;
                }
                StoreEntry entry = (StoreEntry) event;
                if (skipped != null && entry.path().startsWith(skipped)) {
                    continue;
                }
                skipped = null;
                if (entry.isFolder()) {
                    if (!visitor.folder(entry)) {
                        skipped = entry.path();
                    }
                } else {
                    visitor.document(entry);
                }
            }
        }

        /** The walk's events, telling the listener how far the walks have got while waiting. */
        private List<Object> waitFor(Future<List<Object>> walk) {
            while (true) {
                try {
                    return walk.get(200, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    listener.progress(seen.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading the store", e);
                } catch (ExecutionException e) {
                    // A walk reports what it cannot read to its visitor and never throws: this is a bug.
                    throw new IllegalStateException("a walk of the store failed", e.getCause());
                }
            }
        }

        void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** Records a walk as it happens, for a replay on another thread; descends into every folder. */
    private static final class Recording implements TreeVisitor {
        final List<Object> events = new ArrayList<>();
        private final AtomicLong seen;

        Recording(AtomicLong seen) {
            this.seen = seen;
        }

        @Override
        public boolean folder(StoreEntry folder) {
            seen.incrementAndGet();
            events.add(folder);
            return true;
        }

        @Override
        public void document(StoreEntry document) {
            seen.incrementAndGet();
            events.add(document);
        }

        @Override
        public void failed(StoreException problem) {
            seen.incrementAndGet();
            events.add(problem);
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

        List<StorePath> find(FolderFinder finder, StorePath path) {
            try {
                return finder.find(path);
            } catch (StoreException e) {
                unclassified.add(Unclassified.notRead(e.path(), e.reason()));
                return List.of();
            }
        }

        TreeVisitor visitor(ActFolder folder, StorePath root, ActFolderContents contents) {
            Map<String, Optional<Sector>> sectorOf = new HashMap<>();
            Set<Sector> owing = new HashSet<>(layout.sectorsOf(folder));
            boolean sectorFolders = folder.hasSectorFolders();
            LocalDate opens = opens(folder);
            Optional<String> templates = layout.directive().files().templatesFolder();
            int depth = root.depth();
            return new TreeVisitor() {
                @Override
                public boolean folder(StoreEntry entry) {
                    tick();
                    int below = entry.path().depth() - depth;
                    if (below <= 0) {
                        return true;
                    }
                    boolean isTemplates = below == 1 && templates.filter(t -> match.matches(t, entry.name())).isPresent();
                    return !isTemplates && !ignore.ignores(entry.name());
                }

                @Override
                public void document(StoreEntry file) {
                    tick();
                    if (ignore.ignores(file.name())) {
                        return;
                    }
                    if (file.path().depth() - depth <= 1) {
                        contents.addDirect(file);
                        return;
                    }
                    String top = file.path().name(depth);
                    Optional<Sector> sector = sectorOf.computeIfAbsent(top, this::sector);
                    if (!sectorFolders) {
                        // In a shared act's folder every subfolder is out of place, whatever its name.
                        outOfPlace(file, opens, UnclassifiedReason.SHARED_ACT_SUBFOLDER, Message.of("unclassified.detail.shared", root));
                    } else if (sector.isEmpty()) {
                        outOfPlace(file, opens, UnclassifiedReason.UNKNOWN_SECTOR_FOLDER, unknownSector(top));
                    } else if (!owing.contains(sector.get())) {
                        outOfPlace(file, opens, UnclassifiedReason.SECTOR_NOT_ASKED,
                                Message.of("unclassified.detail.notAsked", sector.get().name(), root));
                    } else {
                        contents.addToSector(sector.get(), file);
                    }
                }

                @Override
                public void failed(StoreException problem) {
                    tick();
                    unclassified.add(Unclassified.notRead(problem.path(), problem.reason()));
                }

                private Optional<Sector> sector(String name) {
                    String key = match.key(name);
                    return layout.sectors().stream().filter(s -> match.key(s.folder()).equals(key)).findFirst();
                }
            };
        }

        /** Files directly in the folder of acts that are not shared: templates from before the collection, else dropped there. */
        void looseInActFolder(ActFolder folder, ActFolderContents contents) {
            LocalDate opens = opens(folder);
            for (StoreEntry file : contents.direct()) {
                outOfPlace(file, opens, UnclassifiedReason.LOOSE_IN_ACT_FOLDER,
                        Message.of("unclassified.detail.loose", opens));
            }
        }

        /** Files directly in a folder that holds act folders, which belong in one of them. */
        void outsideActFolders(DocumentStore store, StorePath parent, LocalDate opens) {
            try (Stream<StoreEntry> children = store.children(parent)) {
                children.filter(e -> !e.isFolder() && !ignore.ignores(e.name())).forEach(e -> {
                    if (e.kind() == EntryKind.BROKEN_LINK) {
                        StoreException link = StoreException.brokenLink(e.path());
                        unclassified.add(Unclassified.notRead(link.path(), link.reason()));
                    } else {
                        outOfPlace(e, opens, UnclassifiedReason.OUTSIDE_ACT_FOLDERS, Message.of("unclassified.detail.outside"));
                    }
                });
            } catch (StoreException e) {
                unclassified.add(Unclassified.notRead(e.path(), e.reason()));
            } catch (UncheckedIOException e) {
                StoreException s = StoreException.unwrap(parent, e);
                unclassified.add(Unclassified.notRead(s.path(), s.reason()));
            }
        }

        /** Lists a file out of place, unless it was last changed before {@code opens} (an earlier cycle's, or the office's). */
        private void outOfPlace(StoreEntry file, LocalDate opens, UnclassifiedReason reason, Message detail) {
            if (!LocalDate.ofInstant(file.modified(), zone).isBefore(opens)) {
                unclassified.add(new Unclassified(file.path(), reason, detail, Optional.of(file.modified())));
            }
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
