package it.ciclo.remind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A real certificate for {@code localhost} and {@code 127.0.0.1}, made once per test run by the
 * JDK's {@code keytool}, served by the test SMTP servers and trusted by the client only because the
 * test says so (as an office adds its own authority with {@code --smtp-ca}). GreenMail is pointed at
 * it through its system properties, which must be set before its first TLS server starts.
 */
public final class TestTls {

    public static final String PASSWORD = "changeit-ciclo";
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("ciclo-tls");
            DIR.toFile().deleteOnExit();
            keytool("-genkeypair", "-alias", "smtp", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                    "-keystore", keystore().toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
            keytool("-exportcert", "-rfc", "-alias", "smtp", "-keystore", keystore().toString(), "-storepass", PASSWORD,
                    "-file", pem().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("greenmail.tls.keystore.file", keystore().toString());
        System.setProperty("greenmail.tls.keystore.password", PASSWORD);
        System.setProperty("greenmail.tls.key.password", PASSWORD);
    }

    private TestTls() {
    }

    /** Makes sure the certificate exists and GreenMail will use it. */
    public static void install() {
        // The static initialiser did it.
    }

    public static Path keystore() {
        return DIR.resolve("smtp.p12");
    }

    /** The certificate, PEM, as an office would hand it to {@code --smtp-ca}. */
    public static Path pem() {
        return DIR.resolve("smtp.pem");
    }

    public static List<X509Certificate> certificates() {
        try (InputStream in = Files.newInputStream(pem())) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream().map(c -> (X509Certificate) c).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server side of TLS, for SubEthaSMTP's STARTTLS. */
    public static SSLContext serverContext() {
        try (InputStream in = Files.newInputStream(keystore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void keytool(String... args) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        String[] command = new String[args.length + 1];
        command[0] = keytool.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("keytool failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
