package it.ciclo.cmis;

import it.ciclo.i18n.Message;
import it.ciclo.store.DocumentStore;
import it.ciclo.store.EntryKind;
import it.ciclo.store.StoreEntry;
import it.ciclo.store.StoreException;
import it.ciclo.store.StorePath;
import it.ciclo.store.TreeVisitor;
import it.ciclo.submission.SubmissionStatus;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.FileableCmisObject;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.ItemIterable;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.QueryStatement;
import org.apache.chemistry.opencmis.client.api.Repository;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.api.Tree;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BaseTypeId;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConnectionException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisPermissionDeniedException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisServiceUnavailableException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisTooManyRequestsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisUnauthorizedException;

/**
 * A {@link DocumentStore} on a CMIS 1.1 repository (Alfresco, or any other) over the browser
 * binding, rooted at a folder of the repository ({@link CmisSettings#root()}).
 *
 * <p>Every request goes through {@link #call}: failures that pass (connection lost, timeouts, 503,
 * 429) are retried with bounded exponential backoff ({@link RetryPolicy}); the rest become a
 * {@link StoreException} that says what to do (401: check the password; 403: the user lacks a
 * permission; 404 of the root: create it or choose another). {@link #isUnavailable} tells a
 * repository that could not be reached from one that refused.
 *
 * <p>{@link #walk} asks for a whole subtree in one {@code getDescendants} request instead of
 * listing folder after folder; listings and queries are paged ({@link CmisSettings#pageSize()}).
 * The OpenCMIS object cache is off, so that every read sees the repository as it is and
 * {@link #roundTrips()} counts every request.
 *
 * <p>Beyond the SPI, cycle-cmis' provisioning, board and classification use {@link #query},
 * {@link #object} and {@link #createFolder(StorePath, Map)}, which carry CMIS properties.
 */
public final class CmisDocumentStore implements DocumentStore {

    /** Alfresco's repository id, chosen when a server offers several repositories. */
    static final String ALFRESCO_REPOSITORY = "-default-";

    /** One CMIS operation, run (and perhaps run again) by {@link #call}. */
    @FunctionalInterface
    public interface Operation<T> {
        T run();
    }

    private final CmisSettings settings;
    private final Session session;
    private final RoundTrips roundTrips;
    private final Folder root;

    private CmisDocumentStore(CmisSettings settings, Session session, RoundTrips roundTrips, Folder root) {
        this.settings = settings;
        this.session = session;
        this.roundTrips = roundTrips;
        this.root = root;
    }

    /**
     * Connects to the repository and finds the root folder.
     *
     * @throws StoreException if the repository cannot be reached ({@link #isUnavailable}), refuses
     *                        the user, is no CMIS repository, or has no such root folder
     */
    public static CmisDocumentStore open(CmisSettings settings) throws StoreException {
        Objects.requireNonNull(settings, "settings");
        RoundTrips trips = RoundTrips.register();
        Map<String, String> parameters = new HashMap<>();
        parameters.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        parameters.put(SessionParameter.BROWSER_URL, settings.url().toString());
        parameters.put(SessionParameter.USER, settings.user());
        parameters.put(SessionParameter.PASSWORD, new String(settings.password()));
        parameters.put(SessionParameter.CONNECT_TIMEOUT, Long.toString(settings.connectTimeout().toMillis()));
        parameters.put(SessionParameter.READ_TIMEOUT, Long.toString(settings.readTimeout().toMillis()));
        parameters.put(SessionParameter.HTTP_INVOKER_CLASS, CountingHttpInvoker.class.getName());
        parameters.put(SessionParameter.BROWSER_SUCCINCT, "true");
        parameters.put(SessionParameter.COMPRESSION, "true");
        parameters.put(RoundTrips.PARAMETER, trips.id());
        try {
            SessionFactoryImpl factory = SessionFactoryImpl.newInstance();
            List<Repository> repositories = attempt(settings, StorePath.ROOT, () -> factory.getRepositories(parameters), true);
            if (repositories.isEmpty()) {
                throw new StoreException(StorePath.ROOT, Message.of("store.cmis.notCmis", settings.url(), "0 repositories"), null);
            }
            Repository repository = repositories.stream().filter(r -> ALFRESCO_REPOSITORY.equals(r.getId()))
                    .findFirst().orElse(repositories.get(0));
            parameters.put(SessionParameter.REPOSITORY_ID, repository.getId());
            Session session = attempt(settings, StorePath.ROOT, () -> factory.createSession(parameters), true);
            session.setDefaultContext(defaultContext(session, settings));
            CmisObject root;
            try {
                root = attempt(settings, StorePath.ROOT, () -> session.getObjectByPath(settings.root()), false);
            } catch (StoreException e) {
                if (e.getCause() instanceof CmisObjectNotFoundException) {
                    throw new StoreException(StorePath.ROOT, Message.of("store.cmis.rootNotFound", settings.root(), settings.url()), e.getCause());
                }
                throw e;
            }
            if (!(root instanceof Folder folder)) {
                throw new StoreException(StorePath.ROOT, Message.of("store.root.notFolder", settings.root()), null);
            }
            return new CmisDocumentStore(settings, session, trips, folder);
        } catch (StoreException | RuntimeException e) {
            trips.unregister();
            throw e;
        }
    }

    private static OperationContext defaultContext(Session session, CmisSettings settings) {
        OperationContext context = session.createOperationContext();
        context.setCacheEnabled(false);
        context.setIncludeAcls(false);
        context.setIncludeAllowableActions(false);
        context.setIncludePolicies(false);
        context.setMaxItemsPerPage(settings.pageSize());
        return context;
    }

    /**
     * Whether {@code e} says the repository could not be reached (refused connection, timeout,
     * 503 or 429 after the retries), as opposed to a refusal or a missing object.
     */
    public static boolean isUnavailable(StoreException e) {
        Throwable cause = e.getCause();
        return cause instanceof CmisConnectionException || cause instanceof CmisServiceUnavailableException
                || cause instanceof CmisTooManyRequestsException;
    }

    public CmisSettings settings() {
        return settings;
    }

    /** The OpenCMIS session, for operations the SPI does not cover; run them through {@link #call}. */
    public Session session() {
        return session;
    }

    /** The requests made so far through this store. */
    public RoundTrips roundTrips() {
        return roundTrips;
    }

    /** The root folder's object id. */
    public String rootId() {
        return root.getId();
    }

    @Override
    public String location() {
        return settings.url() + " " + settings.root();
    }

    /** The repository path of {@code path}. */
    public String absolute(StorePath path) {
        String base = settings.root().endsWith("/") ? settings.root() : settings.root() + "/";
        return path.isRoot() ? settings.root() : base + String.join("/", path.names());
    }

    /** A context that asks for {@code properties} only (all when none are named), uncached, paged. */
    public OperationContext context(String... properties) {
        OperationContext context = defaultContext(session, settings);
        if (properties.length > 0) {
            context.setFilterString(String.join(",", properties));
        }
        return context;
    }

    /**
     * Runs {@code operation}, retrying it on failures that pass.
     *
     * @param path the entry concerned, for the message if it fails
     * @throws StoreException if it fails for good
     */
    public <T> T call(StorePath path, Operation<T> operation) throws StoreException {
        return attempt(settings, path, operation, false);
    }

    private static <T> T attempt(CmisSettings settings, StorePath path, Operation<T> operation, boolean connecting)
            throws StoreException {
        RetryPolicy retry = settings.retry();
        for (int attempt = 1; ; attempt++) {
            try {
                return operation.run();
            } catch (CmisBaseException e) {
                if (!isTransient(e) || attempt >= retry.attempts()) {
                    throw translate(settings, path, e, connecting);
                }
                sleep(retry.delayBefore(attempt + 1).toMillis());
            }
        }
    }

    private static boolean isTransient(CmisBaseException e) {
        return e instanceof CmisConnectionException || e instanceof CmisServiceUnavailableException
                || e instanceof CmisTooManyRequestsException;
    }

    private static void sleep(long millis) throws StoreException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StorePath.ROOT, Message.of("store.cmis.refused", "", "interrupted"), e);
        }
    }

    private static StoreException translate(CmisSettings settings, StorePath path, CmisBaseException e, boolean connecting) {
        String shown = path.isRoot() ? settings.root() : path.toString();
        Message reason;
        if (isTransient(e)) {
            reason = Message.of("store.cmis.unreachable", settings.url(), describe(e));
        } else if (e instanceof CmisUnauthorizedException) {
            reason = Message.of("store.cmis.unauthorized", settings.url());
        } else if (e instanceof CmisPermissionDeniedException) {
            reason = Message.of("store.cmis.denied", shown, settings.user());
        } else if (connecting) {
            reason = Message.of("store.cmis.notCmis", settings.url(), describe(e));
        } else if (e instanceof CmisObjectNotFoundException) {
            reason = Message.of("store.notFound", shown);
        } else if (e instanceof CmisContentAlreadyExistsException || e instanceof CmisNameConstraintViolationException) {
            reason = Message.of("store.exists", shown);
        } else {
            reason = Message.of("store.cmis.refused", shown, describe(e));
        }
        return new StoreException(path, reason, e);
    }

    /** The failure in a few words; a connection failure's own message is often its cause's. */
    private static String describe(CmisBaseException e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().isBlank()
                || t.getMessage().contains("Cannot access"))) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message.strip();
    }

    /**
     * The object at {@code path}, with {@code context}'s properties, or empty if there is none.
     *
     * @throws StoreException if the repository cannot tell
     */
    public Optional<CmisObject> object(StorePath path, OperationContext context) throws StoreException {
        try {
            return Optional.of(call(path, () -> session.getObjectByPath(absolute(path), context)));
        } catch (StoreException e) {
            if (e.getCause() instanceof CmisObjectNotFoundException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Every row of a query, page by page; a page that fails for a passing reason is asked for again.
     *
     * @param where the entry the query is about, for messages
     */
    public List<QueryResult> query(StorePath where, QueryStatement statement) throws StoreException {
        String sql = statement.toQueryString();
        OperationContext context = context();
        List<QueryResult> rows = new ArrayList<>();
        long skip = 0;
        while (true) {
            long from = skip;
            ItemIterable<QueryResult> page = call(where, () -> {
                ItemIterable<QueryResult> p = session.query(sql, false, context).skipTo(from).getPage();
                p.iterator().hasNext();
                return p;
            });
            List<QueryResult> got = new ArrayList<>();
            page.forEach(got::add);
            rows.addAll(got);
            skip += got.size();
            if (!page.getHasMoreItems() || got.isEmpty()) {
                return rows;
            }
        }
    }

    @Override
    public Optional<StoreEntry> entry(StorePath path) throws StoreException {
        return object(path, context()).map(o -> entryOf(path, o));
    }

    @Override
    public Stream<StoreEntry> children(StorePath folder) throws StoreException {
        Folder parent = folder(folder);
        OperationContext context = context();
        List<StoreEntry> entries = call(folder, () -> {
            List<StoreEntry> all = new ArrayList<>();
            for (CmisObject child : parent.getChildren(context)) {
                all.add(entryOf(folder.resolve(child.getName()), child));
            }
            return all;
        });
        return entries.stream();
    }

    /** One {@code getDescendants} request for the whole subtree, instead of a listing per folder. */
    @Override
    public void walk(StorePath folder, TreeVisitor visitor) {
        Folder start;
        List<Tree<FileableCmisObject>> trees;
        try {
            Optional<CmisObject> found = object(folder, context());
            if (found.isEmpty()) {
                visitor.failed(new StoreException(folder, Message.of("store.notFound", folder), null));
                return;
            }
            if (!(found.get() instanceof Folder f)) {
                visitor.document(entryOf(folder, found.get()));
                return;
            }
            start = f;
            if (!visitor.folder(entryOf(folder, start))) {
                return;
            }
            OperationContext context = context();
            trees = call(folder, () -> start.getDescendants(-1, context));
        } catch (StoreException e) {
            visitor.failed(e);
            return;
        }
        visit(folder, trees, visitor);
    }

    private void visit(StorePath parent, List<Tree<FileableCmisObject>> trees, TreeVisitor visitor) {
        for (Tree<FileableCmisObject> tree : trees) {
            FileableCmisObject item = tree.getItem();
            StorePath path = parent.resolve(item.getName());
            if (item instanceof Folder) {
                if (visitor.folder(entryOf(path, item))) {
                    visit(path, tree.getChildren(), visitor);
                }
            } else {
                visitor.document(entryOf(path, item));
            }
        }
    }

    /**
     * The document's content stream, fetched in one request (retried like any other while it has not
     * started). Reading it creates no version and changes no property.
     */
    @Override
    public InputStream open(StorePath path) throws StoreException {
        CmisObject found = object(path, context(PropertyIds.OBJECT_ID, PropertyIds.BASE_TYPE_ID, PropertyIds.NAME))
                .orElseThrow(() -> new StoreException(path, Message.of("store.notFound", path), null));
        if (!(found instanceof Document document)) {
            throw new StoreException(path, Message.of("store.notDocument", path), null);
        }
        ContentStream content = call(path, document::getContentStream);
        return content == null || content.getStream() == null ? InputStream.nullInputStream() : content.getStream();
    }

    @Override
    public StoreEntry createFolder(StorePath path) throws StoreException {
        return entryOf(path, createFolder(path, Map.of()));
    }

    /**
     * Creates folder {@code path} with {@code properties} besides its name and type (secondary
     * types and their properties, say) in one request. When a retry finds the folder already there
     * (the first request arrived but its answer was lost), that folder is returned: the caller
     * checks its properties as it would for any folder found.
     *
     * @throws StoreException if the parent is missing, the name is taken, or the repository refuses
     */
    public Folder createFolder(StorePath path, Map<String, Object> properties) throws StoreException {
        StorePath parentPath = path.parent().orElseThrow(
                () -> new StoreException(path, Message.of("store.exists", location()), null));
        Folder parent;
        try {
            parent = folder(parentPath);
        } catch (StoreException e) {
            if (e.getCause() instanceof CmisObjectNotFoundException || e.getCause() == null) {
                throw new StoreException(path, Message.of("store.parentMissing", path, parentPath), e);
            }
            throw e;
        }
        Map<String, Object> all = new HashMap<>(properties);
        all.put(PropertyIds.OBJECT_TYPE_ID, BaseTypeId.CMIS_FOLDER.value());
        all.put(PropertyIds.NAME, path.name());
        int[] tries = {0};
        try {
            return call(path, () -> {
                tries[0]++;
                return parent.createFolder(all, null, null, null, context());
            });
        } catch (StoreException e) {
            boolean exists = e.getCause() instanceof CmisContentAlreadyExistsException
                    || e.getCause() instanceof CmisNameConstraintViolationException;
            if (exists && tries[0] > 1) {
                Optional<CmisObject> there = object(path, context());
                if (there.isPresent() && there.get() instanceof Folder f) {
                    return f;
                }
            }
            throw e;
        }
    }

    private Folder folder(StorePath path) throws StoreException {
        if (path.isRoot()) {
            return root;
        }
        CmisObject found = object(path, context())
                .orElseThrow(() -> new StoreException(path, Message.of("store.notFound", path), null));
        if (found instanceof Folder f) {
            return f;
        }
        throw new StoreException(path, Message.of("store.notFolder", path), null);
    }

    /** The entry of {@code object} found at {@code path}; a document's review state from its {@code cyc:status}. */
    public static StoreEntry entryOf(StorePath path, CmisObject object) {
        Instant modified = instant(object.getLastModificationDate(), object.getCreationDate());
        Optional<String> creator = Optional.ofNullable(object.getCreatedBy());
        if (object instanceof Document document) {
            long size = Math.max(document.getContentStreamLength(), 0);
            Object status = object.getPropertyValue(CycModel.STATUS);
            Optional<SubmissionStatus> review = Optional.ofNullable(
                    status instanceof String s ? SubmissionStatus.fromJsonName(s) : null);
            return new StoreEntry(path, EntryKind.DOCUMENT, size, modified, creator, review);
        }
        return new StoreEntry(path, EntryKind.FOLDER, 0, modified, creator, Optional.empty());
    }

    static Instant instant(GregorianCalendar first, GregorianCalendar second) {
        GregorianCalendar c = first != null ? first : second;
        return c == null ? Instant.EPOCH : c.toInstant();
    }

    @Override
    public void close() {
        roundTrips.unregister();
        session.clear();
    }

    @Override
    public String toString() {
        return "CmisDocumentStore[" + location() + "]";
    }
}
