package it.ciclo.cmis.classify;

import it.ciclo.cmis.CmisDocumentStore;
import it.ciclo.cmis.CycModel;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Act;
import it.ciclo.directive.Sector;
import it.ciclo.i18n.Message;
import it.ciclo.layout.ActFolder;
import it.ciclo.layout.Layout;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import it.ciclo.submission.SubmissionStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.QueryStatement;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertiesImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyBooleanImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDateTimeImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIdImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyStringImpl;
import org.apache.chemistry.opencmis.commons.spi.Holder;

/**
 * Classification for repositories without Ciclo's platform module (whose folder rule does the same
 * on arrival): each file in a sector folder (at any depth) that lacks {@code P:cyc:submission} gets
 * it, with the act (the folder's first act), the sector, the cycle, the internal deadline, the
 * arrival ({@code cyc:submittedOn}, the repository's creation date), whether it was late, and the
 * state {@code submitted} or {@code submitted-late}. Files that have the aspect are never touched,
 * so running it again (from cron) changes nothing twice; other aspects a file has are kept.
 *
 * <p>Requests: per act folder, its path and one JOIN for the files already marked; per sector
 * folder, its path and one query for its files; one update per file classified, a few in parallel.
 */
public final class Classifier {

    /** Updates in flight at once. */
    private static final int PARALLEL_UPDATES = 4;

    private final Layout layout;
    private final Schedule schedule;
    private final ZoneId zone;

    public Classifier(Layout layout, Schedule schedule, ZoneId zone) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Classifies the files of {@code store}'s sector folders.
     *
     * @param dryRun   whether to only report what would be classified
     * @param progress hears of each file as soon as it is classified
     * @throws StoreException if the repository fails (files classified until then stay classified)
     */
    public ClassifyReport run(CmisDocumentStore store, boolean dryRun, Consumer<StorePath> progress) throws StoreException {
        List<StorePath> classified = new ArrayList<>();
        List<Unmarked> unmarked = new ArrayList<>();
        int already = 0;
        for (ActFolder folder : layout.folders()) {
            if (!folder.hasSectorFolders()) {
                continue;
            }
            Optional<CmisObject> act = store.object(folder.path(), store.context(PropertyIds.OBJECT_ID));
            if (act.isEmpty()) {
                continue;
            }
            Set<String> marked = marked(store, folder.path(), act.get().getId());
            Act first = folder.acts().stream().filter(a -> !ActFolder.isShared(a)).findFirst().orElseThrow();
            for (Sector sector : layout.sectors()) {
                StorePath sectorPath = folder.path().resolve(sector.folder());
                Optional<CmisObject> sectorFolder = store.object(sectorPath, store.context(PropertyIds.OBJECT_ID));
                if (sectorFolder.isEmpty()) {
                    continue;
                }
                for (QueryResult row : store.query(sectorPath, files(store, sectorFolder.get().getId()))) {
                    String id = row.getPropertyValueById(PropertyIds.OBJECT_ID);
                    List<String> secondary = secondaryTypes(row);
                    if (marked.contains(id) || secondary.contains(CycModel.SUBMISSION)) {
                        already++;
                        continue;
                    }
                    StorePath path = sectorPath.resolve((String) row.getPropertyValueById(PropertyIds.NAME));
                    GregorianCalendar created = row.getPropertyValueById(PropertyIds.CREATION_DATE);
                    unmarked.add(new Unmarked(path, id, secondary, first, sector, created));
                }
            }
        }
        if (dryRun) {
            unmarked.forEach(u -> {
                classified.add(u.path());
                progress.accept(u.path());
            });
        } else {
            markAll(store, unmarked, classified, progress);
        }
        return new ClassifyReport(classified, already);
    }

    /** A file found without the submission aspect, and what it will be marked with. */
    private record Unmarked(StorePath path, String id, List<String> secondary, Act act, Sector sector,
            GregorianCalendar created) {
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
                        mark(store, u.path(), u.id(), u.secondary(), u.act(), u.sector(), u.created());
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

    private static Set<String> marked(CmisDocumentStore store, StorePath at, String folderId) throws StoreException {
        QueryStatement q = store.session().createQueryStatement("SELECT D.cmis:objectId, S.cyc:sector FROM cmis:document AS D"
                + " JOIN cyc:submission AS S ON D.cmis:objectId = S.cmis:objectId WHERE IN_TREE(D, ?)");
        q.setId(1, store.session().createObjectId(folderId));
        Set<String> ids = new HashSet<>();
        for (QueryResult row : store.query(at, q)) {
            // InMemory returns unmarked documents too, with null aspect columns: they are not marked.
            if (row.getPropertyValueById(CycModel.SECTOR) != null) {
                ids.add(row.getPropertyValueById(PropertyIds.OBJECT_ID));
            }
        }
        return ids;
    }

    private static QueryStatement files(CmisDocumentStore store, String folderId) {
        QueryStatement q = store.session().createQueryStatement("SELECT cmis:objectId, cmis:name, cmis:creationDate, "
                + "cmis:secondaryObjectTypeIds FROM cmis:document WHERE IN_TREE(?)");
        q.setId(1, store.session().createObjectId(folderId));
        return q;
    }

    private static List<String> secondaryTypes(QueryResult row) {
        PropertyData<?> data = row.getPropertyById(PropertyIds.SECONDARY_OBJECT_TYPE_IDS);
        List<String> ids = new ArrayList<>();
        if (data != null && data.getValues() != null) {
            data.getValues().forEach(v -> ids.add(String.valueOf(v)));
        }
        return ids;
    }

    /** One update: the aspect (kept with the file's other aspects) and its properties. */
    private void mark(CmisDocumentStore store, StorePath path, String id, List<String> secondary, Act act, Sector sector,
            GregorianCalendar created) throws StoreException {
        List<String> types = new ArrayList<>(secondary);
        types.add(CycModel.SUBMISSION);
        Optional<LocalDate> due = schedule.submission(act.id()).flatMap(d -> d.effective());
        boolean late = due.isPresent() && created != null
                && created.toZonedDateTime().withZoneSameInstant(zone).toLocalDate().isAfter(due.get());
        PropertiesImpl properties = new PropertiesImpl();
        properties.addProperty(new PropertyIdImpl(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, types));
        properties.addProperty(new PropertyStringImpl(CycModel.ACT, act.id()));
        properties.addProperty(new PropertyStringImpl(CycModel.SECTOR, sector.id()));
        properties.addProperty(new PropertyStringImpl(CycModel.CYCLE, schedule.directive().cycle().label()));
        properties.addProperty(new PropertyStringImpl(CycModel.STATUS,
                (late ? SubmissionStatus.SUBMITTED_LATE : SubmissionStatus.SUBMITTED).jsonName()));
        properties.addProperty(new PropertyBooleanImpl(CycModel.LATE, late));
        if (created != null) {
            properties.addProperty(new PropertyDateTimeImpl(CycModel.SUBMITTED_ON, created));
        }
        due.ifPresent(d -> properties.addProperty(new PropertyDateTimeImpl(CycModel.DUE_DATE,
                GregorianCalendar.from(d.atStartOfDay(zone)))));
        var session = store.session();
        store.call(path, () -> {
            session.getBinding().getObjectService().updateProperties(session.getRepositoryInfo().getId(),
                    new Holder<>(id), null, properties, null);
            return null;
        });
    }
}
