package it.ciclo.cmis.board;

import it.ciclo.board.ActStanding;
import it.ciclo.board.ActFolderContents;
import it.ciclo.board.ActWeighing;
import it.ciclo.board.Board;
import it.ciclo.board.Unclassified;
import it.ciclo.board.UnclassifiedReason;
import it.ciclo.cmis.CmisDocumentStore;
import it.ciclo.cmis.CycModel;
import it.ciclo.deadline.Schedule;
import it.ciclo.directive.Act;
import it.ciclo.directive.Sector;
import it.ciclo.i18n.Message;
import it.ciclo.layout.ActFolder;
import it.ciclo.layout.Layout;
import it.ciclo.layout.NameMatch;
import it.ciclo.store.EntryKind;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import it.ciclo.submission.SubmissionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.ObjectType;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.QueryStatement;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ObjectParentData;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.enums.IncludeRelationships;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;

/**
 * The board over CMIS, by queries: for each act folder, whatever the number of sectors,
 * <ol>
 *   <li>its object, by path;</li>
 *   <li>the submissions below it: {@code SELECT ... FROM cmis:document AS D JOIN cyc:submission AS S
 *       ON D.cmis:objectId = S.cmis:objectId WHERE IN_TREE(D, '<act folder id>')}, the document-to-aspect
 *       JOIN Alfresco supports; each row says act, sector and review state;</li>
 *   <li>every document below it ({@code SELECT ... FROM cmis:document WHERE IN_TREE('<id>')}): those
 *       the JOIN did not return lack the aspect;</li>
 *   <li>the documents directly in it ({@code IN_FOLDER('<id>')}): the office's templates, or a
 *       shared act's files.</li>
 * </ol>
 * Each query is paged ({@link it.ciclo.cmis.CmisSettings#pageSize()}), so round trips grow with the
 * act folders (and the pages), not with sectors × acts. Plus, once: the submission type's
 * definition (for its query names), and for each folder that holds act folders, its object and a
 * query for the files lying loose in it. A document without the aspect below an act folder, which
 * the platform module's rule or {@code cycle classify} would have marked, costs one more request
 * (its parent) to learn where it lies; once marked, it costs nothing.
 *
 * <p>The InMemory server does not filter on a JOIN with a secondary type: it returns every document,
 * with null aspect columns for those without the aspect. Rows without {@code cyc:sector} (mandatory
 * in the model) are therefore discarded, which changes nothing on Alfresco.
 *
 * <p>Where a file counts: a marked file for the sector its {@code cyc:sector} names; an unmarked one
 * by where it lies, as on a shared folder (the first folder below the act folder names the sector).
 * Its arrival is {@code cyc:submittedOn}, else the repository's creation date: a repository records
 * when a file arrived, which a copy cannot fake. The files directly in the folder of a shared act
 * count when changed after the directive was issued, as in {@link it.ciclo.board.Scan}.
 */
public final class CmisBoard {

    private static final String DOCUMENT_COLUMNS = "cmis:objectId, cmis:name, cmis:contentStreamLength, "
            + "cmis:creationDate, cmis:lastModificationDate, cmis:createdBy";

    private final Schedule schedule;
    private final Layout layout;
    private final NameMatch match;
    private final ActWeighing weighing;

    /**
     * @param schedule the directive's deadlines
     * @param layout   the directive's folders
     * @param match    how folder names of unmarked files are matched to the directive's sector folders
     * @param zone     the Comune's time zone
     */
    public CmisBoard(Schedule schedule, Layout layout, NameMatch match, ZoneId zone) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.match = Objects.requireNonNull(match, "match");
        this.weighing = new ActWeighing(schedule, layout, Objects.requireNonNull(zone, "zone"));
    }

    /**
     * The board of {@code store} on day {@code asOf}.
     *
     * @throws StoreException if the repository fails or does not know the {@code cyc:} model
     */
    public Board run(CmisDocumentStore store, LocalDate asOf) throws StoreException {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(asOf, "asOf");
        Columns columns = Columns.of(store);
        List<ActStanding> acts = new ArrayList<>();
        List<Unclassified> unclassified = new ArrayList<>();
        long seen = 0;
        for (ActFolder folder : layout.folders()) {
            Optional<CmisObject> found = store.object(folder.path(), store.context(PropertyIds.OBJECT_ID, PropertyIds.NAME));
            ActFolderContents contents = new ActFolderContents();
            if (found.isPresent()) {
                seen += read(store, columns, folder, found.get().getId(), contents, unclassified);
            }
            List<StorePath> paths = found.isPresent() ? List.of(folder.path()) : List.of();
            for (Act act : folder.acts()) {
                acts.add(weighing.standing(act, folder, paths, contents, asOf));
            }
        }
        for (StorePath parent : layout.parentsOfActFolders()) {
            if (parent.isRoot()) {
                seen += loose(store, parent, store.rootId(), unclassified);
                continue;
            }
            Optional<CmisObject> found = store.object(parent, store.context(PropertyIds.OBJECT_ID));
            if (found.isPresent()) {
                seen += loose(store, parent, found.get().getId(), unclassified);
            }
        }
        acts.sort(Comparator.comparing(a -> layout.directive().acts().indexOf(a.act())));
        unclassified.sort(Comparator.comparing(Unclassified::path));
        return new Board(asOf, schedule, acts, unclassified, seen);
    }

    /** Reads one act folder's documents into {@code contents}; returns how many documents it saw. */
    private long read(CmisDocumentStore store, Columns columns, ActFolder folder, String folderId, ActFolderContents contents,
            List<Unclassified> unclassified) throws StoreException {
        StorePath at = folder.path();
        Map<String, QueryResult> marked = new HashMap<>();
        for (QueryResult row : store.query(at, columns.submissions(store, folderId))) {
            if (row.getPropertyValueById(CycModel.SECTOR) != null) {
                marked.put(row.getPropertyValueById(PropertyIds.OBJECT_ID), row);
            }
        }
        Map<String, QueryResult> direct = new LinkedHashMap<>();
        for (QueryResult row : store.query(at, documents(store, "IN_FOLDER", folderId))) {
            direct.put(row.getPropertyValueById(PropertyIds.OBJECT_ID), row);
        }
        List<QueryResult> all = store.query(at, documents(store, "IN_TREE", folderId));
        for (QueryResult row : direct.values()) {
            String id = row.getPropertyValueById(PropertyIds.OBJECT_ID);
            contents.addDirect(entry(at.resolve(name(row)), row, Optional.ofNullable(marked.get(id)), false));
        }
        for (QueryResult row : all) {
            String id = row.getPropertyValueById(PropertyIds.OBJECT_ID);
            if (direct.containsKey(id)) {
                continue;
            }
            QueryResult mark = marked.get(id);
            if (mark != null) {
                String sectorId = mark.getPropertyValueById(CycModel.SECTOR);
                Optional<Sector> sector = layout.directive().sector(sectorId);
                StorePath path = at.resolve(sector.map(Sector::folder).orElse(sectorId)).resolve(name(row));
                if (sector.isEmpty()) {
                    unclassified.add(new Unclassified(path, UnclassifiedReason.UNKNOWN_SECTOR_FOLDER,
                            Message.of("unclassified.detail.unknown", sectorId)));
                } else {
                    place(folder, path, sector.get(), entry(path, row, Optional.of(mark), true), contents, unclassified);
                }
            } else {
                StorePath path = whereIs(store, at, id, name(row));
                Optional<Sector> sector = sectorOf(path, at);
                if (sector.isEmpty()) {
                    String top = path.depth() > at.depth() + 1 ? path.names().get(at.depth()) : path.name();
                    unclassified.add(new Unclassified(path, UnclassifiedReason.UNKNOWN_SECTOR_FOLDER,
                            Message.of("unclassified.detail.unknown", top)));
                } else {
                    place(folder, path, sector.get(), entry(path, row, Optional.empty(), true), contents, unclassified);
                }
            }
        }
        return all.size();
    }

    private static void place(ActFolder folder, StorePath path, Sector sector, StoreEntry entry, ActFolderContents contents,
            List<Unclassified> unclassified) {
        if (!folder.hasSectorFolders()) {
            unclassified.add(new Unclassified(path, UnclassifiedReason.SHARED_ACT_SUBFOLDER,
                    Message.of("unclassified.detail.shared", folder.path())));
        } else {
            contents.addToSector(sector, entry);
        }
    }

    private Optional<Sector> sectorOf(StorePath path, StorePath act) {
        if (!path.startsWith(act) || path.depth() < act.depth() + 2) {
            return Optional.empty();
        }
        String key = match.key(path.names().get(act.depth()));
        return layout.sectors().stream().filter(s -> match.key(s.folder()).equals(key)).findFirst();
    }

    /** Where a document without the aspect lies: one request for its parent's path. */
    private static StorePath whereIs(CmisDocumentStore store, StorePath act, String id, String name) throws StoreException {
        var session = store.session();
        List<ObjectParentData> parents = store.call(act, () -> session.getBinding().getNavigationService().getObjectParents(
                session.getRepositoryInfo().getId(), id, PropertyIds.PATH, false, IncludeRelationships.NONE, "cmis:none",
                false, null));
        for (ObjectParentData parent : parents) {
            PropertyData<?> path = parent.getObject().getProperties().getProperties().get(PropertyIds.PATH);
            if (path != null && path.getFirstValue() instanceof String absolute) {
                Optional<StorePath> relative = relative(store, absolute);
                if (relative.isPresent()) {
                    return relative.get().resolve(name);
                }
            }
        }
        return act.resolve(name);
    }

    private static Optional<StorePath> relative(CmisDocumentStore store, String absolute) {
        String root = store.settings().root();
        String prefix = root.endsWith("/") ? root : root + "/";
        if (absolute.equals(root)) {
            return Optional.of(StorePath.ROOT);
        }
        if (!absolute.startsWith(prefix)) {
            return Optional.empty();
        }
        return Optional.of(new StorePath(List.of(absolute.substring(prefix.length()).split("/"))));
    }

    /** Files lying directly in a folder that holds act folders. */
    private static long loose(CmisDocumentStore store, StorePath parent, String id, List<Unclassified> unclassified)
            throws StoreException {
        List<QueryResult> rows = store.query(parent, documents(store, "IN_FOLDER", id));
        for (QueryResult row : rows) {
            unclassified.add(new Unclassified(parent.resolve(name(row)), UnclassifiedReason.OUTSIDE_ACT_FOLDERS,
                    Message.of("unclassified.detail.outside")));
        }
        return rows.size();
    }

    private static QueryStatement documents(CmisDocumentStore store, String predicate, String folderId) {
        QueryStatement q = store.session().createQueryStatement(
                "SELECT " + DOCUMENT_COLUMNS + " FROM cmis:document WHERE " + predicate + "(?)");
        q.setId(1, store.session().createObjectId(folderId));
        return q;
    }

    private static String name(QueryResult row) {
        return row.getPropertyValueById(PropertyIds.NAME);
    }

    /**
     * A document as the board weighs it.
     *
     * @param arrival whether its date is its arrival (a sector's file) rather than its last change
     *                (a file directly in the act folder, which for a shared act counts when changed)
     */
    private static StoreEntry entry(StorePath path, QueryResult row, Optional<QueryResult> mark, boolean arrival) {
        GregorianCalendar created = row.getPropertyValueById(PropertyIds.CREATION_DATE);
        GregorianCalendar modified = row.getPropertyValueById(PropertyIds.LAST_MODIFICATION_DATE);
        GregorianCalendar submitted = mark.map(m -> (GregorianCalendar) m.getPropertyValueById(CycModel.SUBMITTED_ON)).orElse(null);
        GregorianCalendar when = arrival ? (submitted != null ? submitted : created) : (modified != null ? modified : created);
        Number size = row.getPropertyValueById(PropertyIds.CONTENT_STREAM_LENGTH);
        Optional<SubmissionStatus> review = mark.map(m -> (String) m.getPropertyValueById(CycModel.STATUS))
                .map(SubmissionStatus::fromJsonName);
        return new StoreEntry(path, EntryKind.DOCUMENT, size == null ? 0 : Math.max(size.longValue(), 0),
                when == null ? Instant.EPOCH : when.toInstant(),
                Optional.ofNullable(row.getPropertyValueById(PropertyIds.CREATED_BY)), review);
    }

    /** The submission aspect's query names, as the repository defines them (Alfresco: {@code cyc:submission}). */
    private record Columns(String table, Map<String, String> properties) {

        static Columns of(CmisDocumentStore store) throws StoreException {
            ObjectType type;
            try {
                type = store.call(StorePath.ROOT, () -> store.session().getTypeDefinition(CycModel.SUBMISSION, false));
            } catch (StoreException e) {
                if (e.getCause() instanceof CmisObjectNotFoundException) {
                    throw new StoreException(StorePath.ROOT, Message.of("store.cmis.noModel", store.settings().url(),
                            CycModel.SUBMISSION), e.getCause());
                }
                throw e;
            }
            Map<String, String> names = new HashMap<>();
            for (String id : CycModel.USED.get(CycModel.SUBMISSION)) {
                var definition = type.getPropertyDefinitions().get(id);
                if (definition == null) {
                    throw new StoreException(StorePath.ROOT, Message.of("store.cmis.noModel", store.settings().url(), id), null);
                }
                names.put(id, definition.getQueryName());
            }
            return new Columns(type.getQueryName(), names);
        }

        QueryStatement submissions(CmisDocumentStore store, String folderId) {
            String select = "SELECT D.cmis:objectId, S." + properties.get(CycModel.ACT) + ", S." + properties.get(CycModel.SECTOR)
                    + ", S." + properties.get(CycModel.STATUS) + ", S." + properties.get(CycModel.SUBMITTED_ON)
                    + " FROM cmis:document AS D JOIN " + table + " AS S ON D.cmis:objectId = S.cmis:objectId"
                    + " WHERE IN_TREE(D, ?)";
            QueryStatement q = store.session().createQueryStatement(select);
            q.setId(1, store.session().createObjectId(folderId));
            return q;
        }
    }
}
