package it.ciclo.collect;

import it.ciclo.directive.Act;
import it.ciclo.directive.ActKind;
import it.ciclo.directive.Sector;
import it.ciclo.i18n.Message;
import it.ciclo.layout.ActFolder;
import it.ciclo.layout.FolderFinder;
import it.ciclo.layout.FolderPath;
import it.ciclo.layout.InvalidFolderPathException;
import it.ciclo.layout.Layout;
import it.ciclo.layout.NameMatch;
import it.ciclo.objective.ObjectiveKey;
import it.ciclo.objective.ObjectivePath;
import it.ciclo.objective.ObjectiveTree;
import it.ciclo.proposal.Attribution;
import it.ciclo.proposal.Passage;
import it.ciclo.proposal.Proposal;
import it.ciclo.proposal.ProposalExtractor;
import it.ciclo.proposal.TemplateText;
import it.ciclo.reader.FileProblem;
import it.ciclo.reader.FileReaders;
import it.ciclo.reader.MarkedTextReader;
import it.ciclo.reader.SheetReader;
import it.ciclo.reader.UnreadableFileException;
import it.ciclo.scheda.SchedaChecks;
import it.ciclo.scheda.SchedaColumn;
import it.ciclo.scheda.SchedaFinding;
import it.ciclo.scheda.SchedaRow;
import it.ciclo.scheda.SchedaRows;
import it.ciclo.store.DocumentStore;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers what the Settori wrote into the act folders the {@link CollectSettings} name: proposals
 * from the word-processing files, rows from the schede, and checks them. Only reads the store.
 *
 * <p>Which files: in an act whose Settori hand in their own files, the files below each Settore's
 * folder are that Settore's, and the files directly in the act folder are the office's templates
 * (a Settore's copy is compared with the template of the same name, whatever its format, so that
 * red text that only repeats it is dropped); in a shared act, the files directly in the act folder are everybody's, and
 * each proposal goes to the Settore of its author ({@link CollectSettings#authors()}), each scheda
 * row to the Settore its sector column names.
 *
 * <p>Never fails on a file: one that cannot be read (encrypted, damaged, not what its name says, too
 * large, a zip or entity bomb, with macros, unreadable in the store) is listed in
 * {@link Collection#skipped()} with the reason, and the others are read. Not thread-safe.
 */
public final class Collector {

    private final Layout layout;
    private final CollectSettings settings;
    private final FileReaders readers;
    private final NameMatch match;

    /**
     * @param layout   the directive's folders
     * @param settings what to gather
     * @param readers  the file readers at hand
     * @param match    how names in the store are matched to the directive's
     */
    public Collector(Layout layout, CollectSettings settings, FileReaders readers, NameMatch match) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.readers = Objects.requireNonNull(readers, "readers");
        this.match = Objects.requireNonNull(match, "match");
    }

    /**
     * Gathers from {@code store}. A file or folder that cannot be read is listed as skipped, not thrown.
     *
     * @param store the store holding the act folders; only read
     * @param listener hears each file before it is read
     * @return what was gathered, and what was not read and why
     */
    public Collection run(DocumentStore store, CollectListener listener) {
        return new Run(Objects.requireNonNull(store, "store"), Objects.requireNonNull(listener, "listener")).go();
    }

    /** What one file is read for. */
    private enum Role { PROPOSALS, SCHEDA }

    /** A file to read, and for what. */
    private record Work(StoreEntry entry, ActFolder folder, Act act, Role role, Optional<Sector> sector, boolean shared) {
    }

    /** One run over one store. */
    private final class Run {
        final DocumentStore store;
        final CollectListener listener;
        final FolderFinder finder;
        final List<Proposal> proposals = new ArrayList<>();
        final Map<ActFolder, List<SchedaRow>> rowsByFolder = new LinkedHashMap<>();
        final List<SchedaFinding> findings = new ArrayList<>();
        final List<StorePath> read = new ArrayList<>();
        final List<SkippedFile> skipped = new ArrayList<>();
        final List<StorePath> missing = new ArrayList<>();
        final Set<ObjectivePath> objectives = new LinkedHashSet<>();
        /** Per act folder, its templates by name (read when first needed). */
        final Map<ActFolder, Map<String, StoreEntry>> templateFiles = new HashMap<>();
        final Map<StorePath, TemplateText> templates = new HashMap<>();

        Run(DocumentStore store, CollectListener listener) {
            this.store = store;
            this.listener = listener;
            this.finder = new FolderFinder(store, match);
        }

        Collection go() {
            List<Work> work = plan();
            work.sort(Comparator.comparing(w -> w.entry().path()));
            for (int i = 0; i < work.size(); i++) {
                Work w = work.get(i);
                listener.reading(w.entry().path(), i, work.size());
                if (w.role() == Role.PROPOSALS) {
                    proposals(w);
                } else {
                    scheda(w);
                }
            }
            // In the directive's order of acts: a report's rows come after its plan's.
            List<SchedaRow> rows = layout.folders().stream()
                    .flatMap(f -> rowsByFolder.getOrDefault(f, List.of()).stream()).toList();
            compareReportsWithPlan();
            ObjectiveTree tree = tree(rows);
            skipped.sort(Comparator.comparing(SkippedFile::path));
            findings.sort(Comparator.comparing((SchedaFinding f) -> f.at().file())
                    .thenComparingInt(f -> f.at().row()).thenComparingInt(f -> f.at().column()));
            return new Collection(proposals, rows, findings, tree, read, skipped, missing);
        }

        /** The files to read, from the act folders the settings name. */
        private List<Work> plan() {
            List<Work> work = new ArrayList<>();
            List<String> proposalActs = settings.proposals().acts();
            List<String> schedaActs = settings.schede().map(SchedaSettings::acts).orElse(List.of());
            for (ActFolder folder : layout.folders()) {
                Optional<Act> forProposals = folder.acts().stream().filter(a -> proposalActs.contains(a.id())).findFirst();
                Optional<Act> forSchede = folder.acts().stream().filter(a -> schedaActs.contains(a.id())).findFirst();
                if (forProposals.isEmpty() && forSchede.isEmpty()) {
                    continue;
                }
                List<StorePath> found = find(folder.path());
                if (found.isEmpty()) {
                    missing.add(folder.path());
                }
                for (StorePath path : found) {
                    FolderFiles files = FolderFiles.of(store, path, layout.sectors(), match);
                    files.failures.forEach(e -> skipped.add(new SkippedFile(e.path(), FileProblem.UNREADABLE, e.reason())));
                    forProposals.ifPresent(act -> templateFiles.computeIfAbsent(folder, f -> new HashMap<>())
                            .putAll(byName(ActFolder.isShared(act) ? sharedTemplates() : files.direct)));
                    for (StoreEntry file : files.direct) {
                        work(work, file, folder, forProposals, forSchede, Optional.empty(), true);
                    }
                    for (FolderFiles.SectorFile file : files.bySector) {
                        work(work, file.entry(), folder, forProposals, forSchede, Optional.of(file.sector()), false);
                    }
                }
            }
            return work;
        }

        /** Adds {@code file} to the work if some act reads it: a direct file only for a shared act. */
        private void work(List<Work> work, StoreEntry file, ActFolder folder, Optional<Act> forProposals,
                Optional<Act> forSchede, Optional<Sector> sector, boolean direct) {
            String name = file.name();
            if (forProposals.isPresent() && ActFolder.isShared(forProposals.get()) == direct
                    && readers.text(name).isPresent()) {
                work.add(new Work(file, folder, forProposals.get(), Role.PROPOSALS, sector, direct));
            } else if (forSchede.isPresent() && ActFolder.isShared(forSchede.get()) == direct
                    && readers.sheet(name).isPresent()) {
                work.add(new Work(file, folder, forSchede.get(), Role.SCHEDA, sector, direct));
            } else if (!direct || forProposals.map(ActFolder::isShared).orElse(false)
                    || forSchede.map(ActFolder::isShared).orElse(false)) {
                skipped.add(new SkippedFile(file.path(), FileProblem.UNSUPPORTED, Message.of("file.unsupported",
                        FileReaders.extension(name).isEmpty() ? "—" : FileReaders.extension(name))));
            }
        }

        private List<StorePath> find(StorePath folder) {
            try {
                return finder.find(folder);
            } catch (StoreException e) {
                skipped.add(new SkippedFile(e.path(), FileProblem.UNREADABLE, e.reason()));
                return List.of();
            }
        }

        /** The documents directly in the templates folder of shared acts, if the settings name one. */
        private List<StoreEntry> sharedTemplates() {
            Optional<String> folder = settings.proposals().templates();
            if (folder.isEmpty()) {
                return List.of();
            }
            List<StoreEntry> files = new ArrayList<>();
            StorePath path;
            try {
                path = FolderPath.parse(folder.get());
            } catch (InvalidFolderPathException e) {
                return List.of();
            }
            for (StorePath found : find(path)) {
                files.addAll(FolderFiles.of(store, found, List.of(), match).direct);
            }
            return files;
        }

        private Map<String, StoreEntry> byName(List<StoreEntry> files) {
            Map<String, StoreEntry> named = new HashMap<>();
            files.stream().filter(f -> readers.text(f.name()).isPresent()).forEach(f -> named.putIfAbsent(templateKey(f.name()), f));
            return named;
        }

        private void proposals(Work w) {
            MarkedTextReader reader = readers.text(w.entry().name()).orElseThrow();
            ProposalExtractor extractor = new ProposalExtractor(settings.red(), settings.proposals().levels());
            if (!read(w.entry(), in -> reader.read(in, w.entry().name(), readers.limits(), extractor))) {
                return;
            }
            objectives.addAll(extractor.objectives());
            TemplateText template = template(w);
            for (Passage passage : extractor.passages()) {
                template.strip(passage).ifPresent(p -> proposals.add(attribute(p, w)));
            }
        }

        private Proposal attribute(Passage p, Work w) {
            if (w.sector().isPresent()) {
                return new Proposal(p, w.act().id(), w.entry().path(), Optional.of(w.sector().get().id()), Attribution.FOLDER);
            }
            Optional<String> sector = p.author().flatMap(settings.authors()::sectorOf);
            return new Proposal(p, w.act().id(), w.entry().path(), sector, sector.isPresent() ? p.authorSource() : Attribution.NONE);
        }

        /** The template of a Settore's copy: the office's file of the same name; none if there is none or it cannot be read. */
        private TemplateText template(Work w) {
            StoreEntry file = templateFiles.getOrDefault(w.folder(), Map.of()).get(templateKey(w.entry().name()));
            if (file == null || file.path().equals(w.entry().path())) {
                return TemplateText.none();
            }
            return templates.computeIfAbsent(file.path(), path -> {
                MarkedTextReader reader = readers.text(file.name()).orElse(null);
                ProposalExtractor extractor = new ProposalExtractor(settings.red(), settings.proposals().levels());
                if (reader == null || !read(file, in -> reader.read(in, file.name(), readers.limits(), extractor))) {
                    return TemplateText.none();
                }
                objectives.addAll(extractor.objectives());
                return TemplateText.of(extractor.passages());
            });
        }

        private void scheda(Work w) {
            SchedaSettings schede = settings.schede().orElseThrow();
            SheetReader reader = readers.sheet(w.entry().name()).orElseThrow();
            List<String> acts = w.folder().acts().stream().map(Act::id).filter(schede.acts()::contains).toList();
            boolean report = w.folder().acts().stream().filter(a -> acts.contains(a.id())).allMatch(Collector::isReport);
            SchedaRows rows = new SchedaRows(schede.template(), w.entry().path(), acts, w.sector().map(Sector::id), report);
            List<SchedaRow> got = new ArrayList<>();
            boolean ok = read(w.entry(), in -> {
                reader.read(in, w.entry().name(), schede.template().sheet(), readers.limits(), rows);
                got.addAll(rows.rows());
            });
            if (!ok) {
                return;
            }
            List<SchedaRow> placed = got.stream().map(r -> w.shared() ? r.inSector(sectorNamed(r.value(SchedaColumn.SECTOR))) : r).toList();
            placed.forEach(r -> findings.addAll(SchedaChecks.row(r, report)));
            rowsByFolder.computeIfAbsent(w.folder(), f -> new ArrayList<>()).addAll(placed);
        }

        /** The Settore a sector column names: by id, name or folder, ignoring case and punctuation. */
        private Optional<String> sectorNamed(String text) {
            String wanted = ObjectiveKey.reduce(text);
            return wanted.isEmpty() ? Optional.empty() : layout.sectors().stream()
                    .filter(s -> ObjectiveKey.reduce(s.id()).equals(wanted) || ObjectiveKey.reduce(s.name()).equals(wanted)
                            || ObjectiveKey.reduce(s.folder()).equals(wanted))
                    .map(Sector::id).findFirst();
        }

        /** A report's actions against its plan's, when they are in different folders. */
        private void compareReportsWithPlan() {
            Optional<Map.Entry<ActFolder, List<SchedaRow>>> plan = rowsByFolder.entrySet().stream()
                    .filter(e -> e.getKey().acts().stream().anyMatch(a -> a.kind() == ActKind.PIAO)).findFirst();
            if (plan.isEmpty()) {
                return;
            }
            Act planAct = plan.get().getKey().acts().stream().filter(a -> a.kind() == ActKind.PIAO).findFirst().orElseThrow();
            rowsByFolder.forEach((folder, rows) -> {
                List<String> schedaActs = settings.schede().orElseThrow().acts();
                List<Act> reports = folder.acts().stream().filter(a -> schedaActs.contains(a.id())).toList();
                if (!folder.equals(plan.get().getKey()) && !reports.isEmpty() && reports.stream().allMatch(Collector::isReport)) {
                    findings.addAll(SchedaChecks.compare(plan.get().getValue(), rows, planAct.title(), reports.get(0).title()));
                }
            });
        }

        private ObjectiveTree tree(List<SchedaRow> rows) {
            ObjectiveTree.Builder builder = ObjectiveTree.builder();
            objectives.forEach(builder::add);
            if (!objectives.isEmpty()) {
                findings.addAll(SchedaChecks.objectives(rows, builder::knows));
            }
            Actions.group(rows).forEach(e -> builder.link(e.getKey(), e.getValue()));
            return builder.build();
        }

        /** Reads {@code file} with {@code reading}; on failure lists it as skipped and says no. */
        private boolean read(StoreEntry file, Reading reading) {
            long limit = readers.limits().maxFileBytes();
            if (file.size() > limit) {
                skipped.add(new SkippedFile(file.path(), FileProblem.TOO_LARGE,
                        Message.of("file.tooLarge", megabytes(file.size()), megabytes(limit))));
                return false;
            }
            try (InputStream in = store.open(file.path())) {
                reading.read(in);
                read.add(file.path());
                return true;
            } catch (UnreadableFileException e) {
                skipped.add(new SkippedFile(file.path(), e.problem(), e.detail()));
            } catch (StoreException e) {
                skipped.add(new SkippedFile(file.path(), FileProblem.UNREADABLE, e.reason()));
            } catch (IOException | RuntimeException e) {
                // A reader is held to name what it refuses; anything else it throws means the file is damaged.
                skipped.add(new SkippedFile(file.path(), FileProblem.CORRUPT,
                        Message.of("file.damaged", e.getClass().getSimpleName() + ": " + e.getMessage())));
            }
            return false;
        }
    }

    /** Reads an opened file. */
    @FunctionalInterface
    private interface Reading {
        void read(InputStream in) throws UnreadableFileException, IOException;
    }

    /**
     * What a Settore's copy and the office's template share: the name without its extension, ignoring
     * case, since a copy may be saved in another format ("Indirizzo 1.odt" from "Indirizzo 1.docx").
     */
    static String templateKey(String name) {
        int dot = name.lastIndexOf('.');
        return NameMatch.IGNORE_CASE.key(dot > 0 ? name.substring(0, dot) : name);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0);
    }

    /** Whether {@code act} reports on a period rather than plans. */
    static boolean isReport(Act act) {
        return act.reports().isPresent() || act.kind() == ActKind.PIAO_INTERIM_REPORT || act.kind() == ActKind.PIAO_FINAL_REPORT;
    }
}
