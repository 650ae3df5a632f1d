package it.ciclo.remind.mail;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The certificates a TLS connection to the mail server may present: the system's authorities, and
 * those the office adds (an internal authority, a server's own certificate). Never "trust anything".
 */
final class Trust {

    private Trust() {
    }

    /** Sockets that trust the system's authorities and {@code extra}. */
    static SSLSocketFactory socketFactory(List<X509Certificate> extra) throws GeneralSecurityException {
        List<X509TrustManager> managers = new ArrayList<>();
        managers.add(manager(null));
        if (!extra.isEmpty()) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            try {
                store.load(null, null);
            } catch (java.io.IOException e) {
                throw new GeneralSecurityException(e);
            }
            for (int i = 0; i < extra.size(); i++) {
                store.setCertificateEntry("ciclo-" + i, extra.get(i));
            }
            managers.add(manager(store));
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new EitherTrustManager(managers)}, null);
        return context.getSocketFactory();
    }

    private static X509TrustManager manager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager m : factory.getTrustManagers()) {
            if (m instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }

    /** Trusts a server that any of its managers trusts. */
    private record EitherTrustManager(List<X509TrustManager> managers) implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("Ciclo does not accept clients");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            CertificateException last = null;
            for (X509TrustManager m : managers) {
                try {
                    m.checkServerTrusted(chain, authType);
                    return;
                } catch (CertificateException e) {
                    last = e;
                }
            }
            throw last;
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return managers.stream().flatMap(m -> java.util.Arrays.stream(m.getAcceptedIssuers())).toArray(X509Certificate[]::new);
        }
    }
}
