package it.ciclo.cmis.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.chemistry.opencmis.inmemory.server.InMemoryServiceFactoryImpl;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.StoredObject;
import org.apache.chemistry.opencmis.server.impl.CmisRepositoryContextListener;
import org.apache.chemistry.opencmis.server.impl.browser.CmisBrowserBindingServlet;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * A real CMIS 1.1 server for the tests: Apache Chemistry OpenCMIS InMemory in embedded Tomcat 9, on
 * a random loopback port, at Alfresco's URL layout with Alfresco's repository id, with the
 * {@code cyc:} types derived from the content model ({@link CycTypes}) and a {@link Gate} in front.
 * The connector can be stopped and started again on the same port: clients see a dead server
 * (connection refused), while the repository, held by the web application, keeps its content.
 */
public final class CmisTestServer implements AutoCloseable {

    /** Where Alfresco serves the CMIS 1.1 browser binding. */
    public static final String BROWSER_PATH = "/alfresco/api/-default-/public/cmis/versions/1.1/browser";

    /** Tomcat and InMemory speak up at INFO on every start; the tests' output should show the tests. */
    private static final java.util.logging.Logger QUIET = quiet();

    private final Tomcat tomcat;
    private final Gate gate;
    private final Path base;
    private final InMemoryServiceFactoryImpl repository;
    private int port;

    private CmisTestServer(Tomcat tomcat, Gate gate, Path base, InMemoryServiceFactoryImpl repository) {
        this.tomcat = tomcat;
        this.gate = gate;
        this.base = base;
        this.repository = repository;
    }

    /** Starts a server with an empty repository. */
    public static CmisTestServer start() {
        try {
            Path base = Files.createTempDirectory("cmis-server");
            Tomcat tomcat = new Tomcat();
            tomcat.setBaseDir(base.toString());
            tomcat.setHostname("127.0.0.1");
            tomcat.setPort(0);
            Connector connector = tomcat.getConnector();
            connector.setProperty("address", "127.0.0.1");
            // Bound on start, unbound on stop: a stopped connector then refuses connections
            // instead of accepting them into a backlog nobody reads.
            connector.setProperty("bindOnInit", "false");
            Context context = tomcat.addContext("", base.toString());
            Map<String, String> parameters = new HashMap<>();
            parameters.put("InMemoryServer.RepositoryId", "-default-");
            parameters.put("InMemoryServer.TypesCreatorClass", CycTypes.class.getName());
            parameters.put("InMemoryServer.TempDir", base.toString());
            InMemoryServiceFactoryImpl factory = new InMemoryServiceFactoryImpl();
            factory.init(parameters);
            context.addServletContainerInitializer((classes, servletContext) ->
                    servletContext.setAttribute(CmisRepositoryContextListener.SERVICES_FACTORY, factory), null);
            Gate gate = new Gate();
            FilterDef filter = new FilterDef();
            filter.setFilterName("gate");
            filter.setFilter(gate);
            context.addFilterDef(filter);
            FilterMap map = new FilterMap();
            map.setFilterName("gate");
            map.addURLPatternDecoded("/*");
            context.addFilterMap(map);
            Wrapper servlet = Tomcat.addServlet(context, "cmisbrowser", new CmisBrowserBindingServlet());
            servlet.addInitParameter("cmisVersion", "1.1");
            context.addServletMappingDecoded(BROWSER_PATH + "/*", "cmisbrowser");
            tomcat.start();
            CmisTestServer server = new CmisTestServer(tomcat, gate, base, factory);
            server.port = connector.getLocalPort();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LifecycleException e) {
            throw new IllegalStateException("the CMIS test server did not start", e);
        }
    }

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.apache");
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    /** The browser binding URL, as for Alfresco. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port + BROWSER_PATH);
    }

    /**
     * Makes object {@code id} look created and last changed at the given instants, as a file from an
     * earlier cycle looks in a real repository, or one changed at a given minute. CMIS cannot write
     * these dates (they are the repository's own record: {@code cmis:creationDate} and
     * {@code cmis:lastModificationDate} are read-only), so the server's store is changed directly.
     */
    public void backdate(String id, Instant created, Instant modified) {
        StoredObject object = repository.getStoreManger().getObjectStore("-default-").getObjectById(id);
        object.setCreatedAt(GregorianCalendar.from(created.atZone(ZoneOffset.UTC)));
        object.setModifiedAt(GregorianCalendar.from(modified.atZone(ZoneOffset.UTC)));
    }

    public Gate gate() {
        return gate;
    }

    public int port() {
        return port;
    }

    /** Closes the port: clients get "connection refused"; the repository stays in memory. */
    public void stopConnector() {
        try {
            tomcat.getConnector().stop();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the same port again, in front of the same repository. */
    public void startConnector() {
        Connector connector = tomcat.getConnector();
        connector.setPort(port);
        try {
            connector.start();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }
}
