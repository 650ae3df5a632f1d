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
import org.apache.chemistry.opencmis.client.api.OperationContext;
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
 * listing folder after folder; listings are paged ({@link CmisSettings#pageSize()}).
 * The OpenCMIS object cache is off, so that every read sees the repository as it is and
 * {@link #roundTrips()} counts every request.
 *
 * <p>Beyond the SPI, cycle-cmis' provisioning and classification use {@link #object},
 * {@link #descendants} and {@link #createFolder(StorePath, Map)}, which carry CMIS properties. No
 * method runs a CMIS query: everything is read by listings, which need no search index.
 */
public final class CmisDocumentStore implements DocumentStore {

    /** Alfresco's repository id, chosen when a server offers several repositories. */
    static final String ALFRESCO_REPOSITORY = "-default-";

    /** One CMIS operation, run (and perhaps run again) by {@link #call}. */
    @FunctionalInterface
    public interface Operation<T> {
        /** {@return what the operation gives} */
        T run();
    }

    /**
     * What a walk asks for of each object: what {@link #entryOf} reads and classification needs
     * (repositories send an aspect's properties only when asked for by name, and each unasked one is
     * weight on a large tree).
     */
    private static final String[] LISTED = {PropertyIds.OBJECT_ID, PropertyIds.NAME, PropertyIds.OBJECT_TYPE_ID,
            PropertyIds.BASE_TYPE_ID, PropertyIds.CREATION_DATE, PropertyIds.LAST_MODIFICATION_DATE, PropertyIds.CREATED_BY,
            PropertyIds.CONTENT_STREAM_LENGTH, PropertyIds.SECONDARY_OBJECT_TYPE_IDS, CycModel.STATUS, CycModel.SUBMITTED_ON};

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
     * @param settings how to reach the repository and its root
     * @return the store, connected
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
     *
     * @param e the failure
     * @return whether {@code e} says the repository could not be reached (refused connection, timeout, 503 or
     *         429 after the retries), as opposed to a refusal or a missing object
     */
    public static boolean isUnavailable(StoreException e) {
        return e.getCause() instanceof CmisBaseException cmis && isTransient(cmis);
    }

    /** {@return how the repository was reached} */
    public CmisSettings settings() {
        return settings;
    }

    /** {@return the OpenCMIS session, for operations the SPI does not cover; run them through {@link #call}} */
    public Session session() {
        return session;
    }

    /** {@return the requests made so far through this store} */
    public RoundTrips roundTrips() {
        return roundTrips;
    }

    /** {@return the root folder's object id} */
    public String rootId() {
        return root.getId();
    }

    @Override
    public String location() {
        return settings.url() + " " + settings.root();
    }

    /**
     * The repository path of {@code path}.
     *
     * @param path the entry concerned, for the message if it fails
     * @return the repository path of {@code path}
     */
    public String absolute(StorePath path) {
        String base = settings.root().endsWith("/") ? settings.root() : settings.root() + "/";
        return path.isRoot() ? settings.root() : base + String.join("/", path.names());
    }

    /**
     * A context that asks for {@code properties} only (all when none are named), uncached, paged.
     *
     * @param properties the CMIS properties to ask for, or to set
     * @return a context that asks for {@code properties} only (all when none are named), uncached, paged
     */
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
     * @param <T>       what the operation gives
     * @param path      the entry concerned, for the message if it fails
     * @param operation the operation
     * @return what the operation gave
     * @throws StoreException if it fails for good
     */
    public <T> T call(StorePath path, Operation<T> operation) throws StoreException {
        return attempt(settings, path, operation, false);
    }

    private static <T> T attempt(CmisSettings settings, StorePath path, Operation<T> operation, boolean connecting)
            throws StoreException {
        RetryPolicy retry = settings.retry();
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                return operation.run();
            } catch (CmisBaseException e) {
                long delay = retry.delayBefore(attempt + 1).toMillis();
                boolean inTime = System.nanoTime() - start + delay * 1_000_000 < retry.total().toNanos();
                if (!isTransient(e) || timedOut(e) || attempt >= retry.attempts() || !inTime) {
                    throw translate(settings, path, e, connecting);
                }
                sleep(delay);
            }
        }
    }

    /**
     * Whether {@code e} is a passing failure: the repository could not be reached, or said it is too
     * busy. An answer that is not the browser binding's JSON (an HTML page, AtomPub's XML) is not one:
     * asking again would give the same page.
     */
    private static boolean isTransient(CmisBaseException e) {
        return (e instanceof CmisConnectionException && !notBrowserBinding(e)) || e instanceof CmisServiceUnavailableException
                || e instanceof CmisTooManyRequestsException;
    }

    /** Whether the server answered, but not with the browser binding's JSON. */
    private static boolean notBrowserBinding(CmisBaseException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException) {
                return false;
            }
            if (t instanceof org.apache.chemistry.opencmis.commons.impl.json.parser.JSONParseException) {
                return true;
            }
        }
        String message = String.valueOf(e.getMessage());
        return message.startsWith("Parsing exception") || message.startsWith("Unexpected object")
                || message.startsWith("Unexpected document");
    }

    /** Whether the server took the connection but did not answer within the read timeout. */
    private static boolean timedOut(CmisBaseException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.SocketTimeoutException && !(t instanceof java.net.ConnectException)
                    && !String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("connect")) {
                return true;
            }
        }
        return false;
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
        if (timedOut(e)) {
            reason = Message.of("store.cmis.timeout", settings.url(), settings.readTimeout().toSeconds());
        } else if (isTransient(e)) {
            reason = Message.of("store.cmis.unreachable", settings.url(), describe(e));
        } else if (notBrowserBinding(e)) {
            reason = Message.of("store.cmis.notBrowserBinding", settings.url());
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
        return message == null || message.isBlank() ? "—" : message.strip();
    }

    /**
     * The object at {@code path}, with {@code context}'s properties, or empty if there is none.
     *
     * @param path the entry concerned, for the message if it fails
     * @param context which properties to read, and how
     * @return the object at {@code path}, with {@code context}'s properties, or empty if there is none
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
            descendants(folder, start, new ObjectVisitor() {
                @Override
                public boolean folder(StorePath path, Folder below) {
                    return visitor.folder(entryOf(path, below));
                }

                @Override
                public void document(StorePath path, Document document) {
                    visitor.document(entryOf(path, document));
                }
            });
        } catch (StoreException e) {
            visitor.failed(e);
        }
    }

    /** Receives the objects below a folder, with their paths, from {@link #descendants}. */
    public interface ObjectVisitor {

        /**
         * A folder, before its contents.
         *
         * @param path the entry concerned, for the message if it fails
         * @param folder the folder
         * @return whether to visit its contents
         */
        boolean folder(StorePath path, Folder folder);

        /**
         * A document.
         *
         * @param path the entry concerned, for the message if it fails
         * @param document the directive as read
         */
        void document(StorePath path, Document document);
    }

    /**
     * Visits every folder and document below folder {@code folder}, with its properties (those of
     * its aspects too: CMIS 1.1 lists a secondary type's properties with the object), in one
     * {@code getDescendants} request: a listing, which needs no search index.
     *
     * @param folder the folder
     * @param visitor told of every entry
     * @throws StoreException if {@code folder} is missing, is not a folder, or cannot be listed
     */
    public void descendants(StorePath folder, ObjectVisitor visitor) throws StoreException {
        descendants(folder, folder(folder), visitor);
    }

    private void descendants(StorePath path, Folder start, ObjectVisitor visitor) throws StoreException {
        OperationContext context = context(LISTED);
        List<Tree<FileableCmisObject>> trees = call(path, () -> start.getDescendants(-1, context));
        visit(path, trees, visitor);
    }

    private static void visit(StorePath parent, List<Tree<FileableCmisObject>> trees, ObjectVisitor visitor) {
        for (Tree<FileableCmisObject> tree : trees) {
            FileableCmisObject item = tree.getItem();
            StorePath path = parent.resolve(item.getName());
            if (item instanceof Folder f) {
                if (visitor.folder(path, f)) {
                    visit(path, tree.getChildren(), visitor);
                }
            } else if (item instanceof Document d) {
                visitor.document(path, d);
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
     * @param path the entry concerned, for the message if it fails
     * @param properties the CMIS properties to ask for, or to set
     * @return the folder created
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

    /**
     * The entry of {@code object} found at {@code path}: a document's review state from its
     * {@code cyc:status}, its arrival from {@code cyc:submittedOn}, else from its creation date
     * (the repository's record of when it arrived, which a copy cannot fake).
     *
     * @param path the entry concerned, for the message if it fails
     * @param object the CMIS object
     * @return the entry of {@code object} found at {@code path}: a document's review state from its {@code
     *         cyc:status}, its arrival from {@code cyc:submittedOn}, else from its creation date (the
     *         repository's record of when it arrived, which a copy cannot fake)
     */
    public static StoreEntry entryOf(StorePath path, CmisObject object) {
        Instant modified = instant(object.getLastModificationDate(), object.getCreationDate());
        Optional<String> creator = Optional.ofNullable(object.getCreatedBy());
        if (object instanceof Document document) {
            long size = Math.max(document.getContentStreamLength(), 0);
            Object status = object.getPropertyValue(CycModel.STATUS);
            Optional<SubmissionStatus> review = Optional.ofNullable(
                    status instanceof String s ? SubmissionStatus.fromJsonName(s) : null);
            Object submitted = object.getPropertyValue(CycModel.SUBMITTED_ON);
            Optional<Instant> arrived = Optional.ofNullable(submitted instanceof GregorianCalendar c ? c
                    : object.getCreationDate()).map(GregorianCalendar::toInstant);
            return new StoreEntry(path, EntryKind.DOCUMENT, size, modified, creator, review, arrived);
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
