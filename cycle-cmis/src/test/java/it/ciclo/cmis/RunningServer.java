package it.ciclo.cmis;

import it.ciclo.cmis.server.CmisTestServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real CMIS server (OpenCMIS InMemory at Alfresco's URL layout) for the tests of one class:
 * started before the first test, stopped after the last.
 *
 * <pre>{@code @RegisterExtension static final RunningServer SERVER = new RunningServer();}</pre>
 */
public final class RunningServer implements BeforeAllCallback, AfterAllCallback {

    private CmisTestServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = CmisTestServer.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    /** The running server. */
    public CmisTestServer get() {
        if (server == null) {
            throw new IllegalStateException("the server starts before the first test of the class");
        }
        return server;
    }
}
