package it.ciclo.cmis.classify;

import it.ciclo.board.IgnoreList;
import it.ciclo.board.Intake;
import it.ciclo.cmis.CmisDocumentStore;
import it.ciclo.cmis.CycModel;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Act;
import it.ciclo.directive.Sector;
import it.ciclo.i18n.Message;
import it.ciclo.layout.ActFolder;
import it.ciclo.layout.FolderFinder;
import it.ciclo.layout.Layout;
import it.ciclo.layout.NameMatch;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import it.ciclo.submission.SubmissionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertiesImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyBooleanImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDateTimeImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIdImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyStringImpl;
import org.apache.chemistry.opencmis.commons.spi.Holder;

/**
 * Classification for repositories without Ciclo's platform module (whose folder rule does the same
 * on arrival): each file in the folder of a sector that owes an act (at any depth) that lacks
 * {@code P:cyc:submission} gets it, with the act (the first act of the folder the sector owes), the
 * sector, the cycle, the internal deadline, the arrival ({@code cyc:submittedOn}, the repository's
 * creation date), whether it was late, and the state {@code submitted} or {@code submitted-late}.
 * The board's rules decide what is a submission ({@link Intake}): files on the ignore list and files
 * last changed before the collection opened are left alone (marking a file changes it, which would
 * make an earlier cycle's file look new). Files that have the aspect are never touched, so running
 * it again (from cron) changes nothing twice; other aspects a file has are kept.
 *
 * <p>Requests: the submission type's definition (to say plainly when the model is missing), a listing
 * of each folder on the way to the act folders (names matched by the directive's rule), one
 * {@code getDescendants} per act folder with sector folders, and one update per file classified, a
 * few in parallel. No query, so no search index is needed.
 */
public final class Classifier {

    /** Updates in flight at once. */
    private static final int PARALLEL_UPDATES = 4;

    private final Layout layout;
    private final Schedule schedule;

    /**
     * @param layout   the directive's folders
     * @param schedule its deadlines, with the events known
     */
    public Classifier(Layout layout, Schedule schedule) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /**
     * Classifies the files of {@code store}'s sector folders.
     *
     * @param store the store
     * @param dryRun   whether to only report what would be classified
     * @param progress hears of each file as soon as it is classified
     * @return classifies the files of {@code store}'s sector folders
     * @throws StoreException if the repository fails or does not know the {@code cyc:} model (files
     *                        classified until then stay classified)
     */
    public ClassifyReport run(CmisDocumentStore store, boolean dryRun, Consumer<StorePath> progress) throws StoreException {
        requireModel(store);
        FolderFinder finder = new FolderFinder(store, layout.match());
        IgnoreList ignore = IgnoreList.of(layout.directive().files());
        List<Unmarked> unmarked = new ArrayList<>();
        List<StorePath> old = new ArrayList<>();
        int[] already = {0};
        for (ActFolder folder : layout.folders()) {
            if (!folder.hasSectorFolders()) {
                continue;
            }
            for (StorePath act : finder.find(folder.path())) {
                store.descendants(act, new CmisDocumentStore.ObjectVisitor() {
                    @Override
                    public boolean folder(StorePath path, Folder f) {
                        return path.depth() == act.depth() + 1 ? sector(folder, path.name()).isPresent() : !ignore.ignores(path.name());
                    }

                    @Override
                    public void document(StorePath path, Document document) {
                        if (path.depth() < act.depth() + 2 || ignore.ignores(path.name())) {
                            return;
                        }
                        Sector sector = sector(folder, path.names().get(act.depth())).orElseThrow();
                        Act owed = folder.acts().stream().filter(a -> a.submission().orElseThrow().owedBy(sector.id()))
                                .findFirst().orElseThrow();
                        Intake intake = Intake.of(schedule, owed);
                        List<String> secondary = secondaryTypes(document);
                        StoreEntry entry = CmisDocumentStore.entryOf(path, document);
                        if (secondary.contains(CycModel.SUBMISSION)) {
                            already[0]++;
                        } else if (intake.isOld(entry)) {
                            old.add(path);
                        } else {
                            unmarked.add(new Unmarked(path, document.getId(), secondary, owed, sector, intake,
                                    intake.arrival(entry)));
                        }
                    }
                });
            }
        }
        List<StorePath> classified = new ArrayList<>();
        if (dryRun) {
            unmarked.forEach(u -> {
                classified.add(u.path());
                progress.accept(u.path());
            });
        } else {
            markAll(store, unmarked, classified, progress);
        }
        return new ClassifyReport(classified, already[0], old);
    }

    /** The sector, owing an act of {@code folder}, whose folder is named {@code name} by the directive's rule. */
    private Optional<Sector> sector(ActFolder folder, String name) {
        NameMatch match = layout.match();
        return layout.sectorsOf(folder).stream().filter(s -> match.matches(s.folder(), name)).findFirst();
    }

    /** Says plainly that the repository lacks Ciclo's model, instead of failing on the first update. */
    private static void requireModel(CmisDocumentStore store) throws StoreException {
        try {
            store.call(StorePath.ROOT, () -> store.session().getTypeDefinition(CycModel.SUBMISSION, false));
        } catch (StoreException e) {
            if (e.getCause() instanceof CmisObjectNotFoundException) {
                throw new StoreException(StorePath.ROOT, Message.of("store.cmis.noModel", store.settings().url(),
                        CycModel.SUBMISSION), e.getCause());
            }
            throw e;
        }
    }

    /** A file found without the submission aspect, and what it will be marked with. */
    private record Unmarked(StorePath path, String id, List<String> secondary, Act act, Sector sector, Intake intake,
            Instant arrival) {
    }

    /**
     * Marks the files, {@link #PARALLEL_UPDATES} updates at a time: one update per file is the whole
     * cost of classifying, and the repository serves requests in parallel. Progress and the report
     * keep the order in which the files were found. On a failure the updates not yet sent are
     * skipped, the ones already sent are waited for (those files stay classified and are reported),
     * and the first failure is thrown.
     */
    private void markAll(CmisDocumentStore store, List<Unmarked> unmarked, List<StorePath> classified,
            Consumer<StorePath> progress) throws StoreException {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_UPDATES, r -> {
            Thread t = new Thread(r, "ciclo-classify");
            t.setDaemon(true);
            return t;
        });
        try {
            // Once an update fails, the ones not yet started are skipped (they return null); the ones
            // already sent finish, so that the report says exactly which files were marked.
            AtomicBoolean failed = new AtomicBoolean();
            List<Future<StorePath>> updates = new ArrayList<>();
            for (Unmarked u : unmarked) {
                updates.add(pool.submit(() -> {
                    if (failed.get()) {
                        return null;
                    }
                    try {
                        mark(store, u);
                    } catch (StoreException | RuntimeException e) {
                        failed.set(true);
                        throw e;
                    }
                    return u.path();
                }));
            }
            StoreException failure = null;
            for (int i = 0; i < updates.size(); i++) {
                try {
                    StorePath done = updates.get(i).get();
                    if (done != null) {
                        classified.add(done);
                        progress.accept(done);
                    }
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof StoreException cause)) {
                        throw new IllegalStateException("classifying " + unmarked.get(i).path(), e.getCause());
                    }
                    failure = failure == null ? cause : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StorePath.ROOT, Message.of("store.cmis.refused", store.location(), "interrupted"), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> secondaryTypes(Document document) {
        List<String> ids = new ArrayList<>();
        if (document.getPropertyValue(PropertyIds.SECONDARY_OBJECT_TYPE_IDS) instanceof List<?> values) {
            values.forEach(v -> ids.add(String.valueOf(v)));
        }
        return ids;
    }

    /** One update: the aspect (kept with the file's other aspects) and its properties. */
    private void mark(CmisDocumentStore store, Unmarked u) throws StoreException {
        List<String> types = new ArrayList<>(u.secondary());
        types.add(CycModel.SUBMISSION);
        Intake intake = u.intake();
        boolean late = intake.isLate(intake.day(u.arrival()));
        PropertiesImpl properties = new PropertiesImpl();
        properties.addProperty(new PropertyIdImpl(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, types));
        properties.addProperty(new PropertyStringImpl(CycModel.ACT, u.act().id()));
        properties.addProperty(new PropertyStringImpl(CycModel.SECTOR, u.sector().id()));
        properties.addProperty(new PropertyStringImpl(CycModel.ACT_LABEL, u.act().title()));
        properties.addProperty(new PropertyStringImpl(CycModel.SECTOR_LABEL, u.sector().name()));
        properties.addProperty(new PropertyStringImpl(CycModel.CYCLE, schedule.directive().cycle().label()));
        properties.addProperty(new PropertyStringImpl(CycModel.STATUS,
                (late ? SubmissionStatus.SUBMITTED_LATE : SubmissionStatus.SUBMITTED).jsonName()));
        properties.addProperty(new PropertyBooleanImpl(CycModel.LATE, late));
        properties.addProperty(new PropertyDateTimeImpl(CycModel.SUBMITTED_ON,
                GregorianCalendar.from(u.arrival().atZone(intake.zone()))));
        intake.due().ifPresent(d -> properties.addProperty(new PropertyDateTimeImpl(CycModel.DUE_DATE,
                GregorianCalendar.from(d.atStartOfDay(intake.zone())))));
        var session = store.session();
        store.call(u.path(), () -> {
            session.getBinding().getObjectService().updateProperties(session.getRepositoryInfo().getId(),
                    new Holder<>(u.id()), null, properties, null);
            return null;
        });
    }
}
