package io.marketpilot.channels.email;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS socket factory for a relay whose certificate the JVM's trust store does not know (a company CA, a
 * self-signed relay): it trusts exactly the certificates of a PEM file. Checking the certificate's host name stays on.
 */
final class TrustedCertificates {
    static final String KEY = "smtp.trusted-certificates";

    private TrustedCertificates() {}

    /** A factory that trusts the PEM file's certificates and no others; a file that cannot be read names the key. */
    static SSLSocketFactory socketFactory(Path pemFile) {
        List<Certificate> certificates = read(pemFile);
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < certificates.size(); i++) {
                store.setCertificateEntry("trusted-" + i, certificates.get(i));
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the JVM cannot set up TLS with " + KEY + ": " + e.getMessage(), e);
        }
    }

    private static List<Certificate> read(Path pemFile) {
        try (InputStream in = Files.newInputStream(pemFile)) {
            Collection<? extends Certificate> read =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (read.isEmpty()) {
                throw MarketPilotException.invalid(
                        KEY + " must name a PEM file of certificates; '" + pemFile + "' holds none");
            }
            return List.copyOf(read);
        } catch (IOException e) {
            throw MarketPilotException.invalid(KEY + ": cannot read '" + pemFile + "' (" + e + ")");
        } catch (GeneralSecurityException e) {
            throw MarketPilotException.invalid(
                    KEY + ": '" + pemFile + "' is not a PEM file of X.509 certificates (" + e.getMessage() + ")");
        }
    }
}
