package it.ciclo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 10: the edges of {@code --cmis}. Each hostile server is a real one on loopback:
 * the JDK's HTTP server answering 200 with a web page or AtomPub's XML, and a socket that accepts
 * connections and never answers.
 */
class CmisEdgesTest {

    @TempDir
    Path dir;

    @Test
    void anAddressThatAnswersButIsNotTheBrowserBindingIsUnusableInputAtOnce() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", exchange -> {
            requests.incrementAndGet();
            boolean atom = exchange.getRequestURI().getPath().contains("atom");
            byte[] body = (atom ? "<?xml version='1.0'?><app:service xmlns:app='http://www.w3.org/2007/app'/>"
                    : "<html><body>Alfresco</body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", atom ? "application/atomsvc+xml" : "text/html");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.start();
        try {
            String base = "http://127.0.0.1:" + http.getAddress().getPort();
            Run page = status(base + "/alfresco/");
            Run atom = status(base + "/alfresco/api/-default-/public/cmis/versions/1.1/atom", "--lang", "en");

            assertThat(page.code()).isEqualTo(2);
            assertThat(page.out()).isEmpty();
            assertThat(page.err()).isEqualTo(base + "/alfresco/: risponde, ma non è il browser binding CMIS 1.1 (una pagina web,"
                    + " o l'indirizzo AtomPub). Per Alfresco l'indirizzo è"
                    + " http(s)://SERVER/alfresco/api/-default-/public/cmis/versions/1.1/browser\n");
            assertThat(atom.code()).isEqualTo(2);
            assertThat(atom.err()).contains("it answers, but it is not the CMIS 1.1 browser binding");
            assertThat(requests.get()).as("asked once each, not retried").isEqualTo(2);
        } finally {
            http.stop(0);
        }
    }

    @Test
    void aServerThatNeverAnswersIsGivenUpAfterOneTimeoutAndSaysSo() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!silent.isClosed()) {
                    try {
                        held.add(silent.accept());
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/alfresco/api/-default-/public/cmis/versions/1.1/browser";

            long start = System.nanoTime();
            Run run = status(url, "--cmis-timeout", "1");
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(run.code()).as(run.err()).isEqualTo(3);
            assertThat(run.err()).isEqualTo(url + ": il repository accetta la connessione ma non risponde: nessuna risposta in 1"
                    + " secondi (--cmis-timeout), e non si riprova. Controllare che il server sia avviato e non sovraccarico, poi"
                    + " rilanciare il comando: riprende da dove si è fermato, senza duplicati\n");
            assertThat(connections.get()).as("one try, not four").isEqualTo(1);
            assertThat(took).as("a hang detector, not a speed target").isLessThan(Duration.ofSeconds(30));
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void aPasswordFileOthersCanReadIsWarnedAbout() throws Exception {
        Path open = Files.writeString(dir.resolve("aperta"), "segreta\n");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        Path closed = Files.writeString(dir.resolve("chiusa"), "segreta\n");
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rw-------"));
        String nowhere = "http://127.0.0.1:9/alfresco/api/-default-/public/cmis/versions/1.1/browser";

        Run warned = Run.of("status", Run.SEED.toString(), "--cmis", nowhere, "--user", "admin", "--password-file", open.toString());
        Run quiet = Run.of("status", Run.SEED.toString(), "--cmis", nowhere, "--user", "admin", "--password-file", closed.toString(),
                "--lang", "en");

        assertThat(warned.err()).startsWith("attenzione: il file della password " + open + " è leggibile da altri utenti del"
                + " computer; renderlo leggibile solo dal proprietario (chmod 600 " + open + ")\n").doesNotContain("segreta");
        assertThat(quiet.err()).doesNotContain("warning").doesNotContain("segreta");
    }

    @Test
    void aPasswordFileThatIsNotAFileIsRefusedWithoutAClassName() throws Exception {
        Run run = Run.of("status", Run.SEED.toString(), "--cmis", "http://127.0.0.1:9/x", "--user", "admin", "--password-file",
                dir.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("--password-file " + dir + ": è una cartella, non un file\n");
    }

    private Run status(String url, String... more) throws IOException {
        Path password = Files.writeString(dir.resolve("password"), "x\n");
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        List<String> args = new ArrayList<>(List.of("status", Run.SEED.toString(), "--cmis", url, "--user", "admin",
                "--password-file", password.toString()));
        args.addAll(List.of(more));
        return Run.of(args.toArray(String[]::new));
    }
}
