package it.ciclo.serve;

import java.net.URI;
import java.util.Arrays;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The embedded web server: Jetty 12's own HTTP server (no servlet container), one connector on the
 * address and port asked for, over HTTPS when a keystore is given. It says nothing about itself
 * ({@code Server} and {@code X-Powered-By} headers are off).
 */
public final class CycleServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final boolean secure;

    private CycleServer(Server server, ServerConnector connector, boolean secure) {
        this.server = server;
        this.connector = connector;
        this.secure = secure;
    }

    /** Starts serving {@code site} as {@code settings} say. */
    public static CycleServer start(ServeSettings settings, Site site) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("ciclo-http");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector;
        boolean secure = settings.https().isPresent();
        if (secure) {
            SslContextFactory.Server tls = new SslContextFactory.Server();
            char[] password = settings.keyPassword();
            tls.setKeyStorePath(settings.https().get().toString());
            tls.setKeyStoreType("PKCS12");
            tls.setKeyStorePassword(new String(password));
            Arrays.fill(password, '\0');
            SecureRequestCustomizer customizer = new SecureRequestCustomizer();
            customizer.setSniHostCheck(false);
            http.addCustomizer(customizer);
            connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(http));
        } else {
            connector = new ServerConnector(server, new HttpConnectionFactory(http));
        }
        connector.setHost(settings.bind());
        connector.setPort(settings.port());
        server.addConnector(connector);
        // Pages, calendar and CSV compress well; the CSRF tokens in pages are masked anew each time (Sessions.masked).
        GzipHandler gzip = new GzipHandler();
        gzip.setHandler(site.router(secure));
        server.setHandler(gzip);
        server.setStopAtShutdown(true);
        server.start();
        return new CycleServer(server, connector, secure);
    }

    /** Where it listens, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0") ? "127.0.0.1" : connector.getHost();
        return URI.create((secure ? "https" : "http") + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + connector.getLocalPort() + "/");
    }

    /** The address the server's socket is bound to (the loopback address unless {@code --bind} says otherwise). */
    public java.net.InetSocketAddress bound() throws java.io.IOException {
        return (java.net.InetSocketAddress) ((java.nio.channels.ServerSocketChannel) connector.getTransport()).getLocalAddress();
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
