package io.marketpilot.channels.email;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The TLS identity of the test relays: a self-signed certificate for {@code 127.0.0.1} (and no other name), in
 * {@code tls/loopback-relay.p12} (password {@code changeit}, valid 2000 to 2147). GreenMail's bundled certificate names
 * no host at all, so a client that checks the server's identity, as ours does, would refuse it even when trusted.
 */
final class LoopbackTls {
    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final Path KEY_STORE = resource("tls/loopback-relay.p12");

    private LoopbackTls() {}

    /**
     * GreenMail's SMTPS server on a free loopback port, serving the loopback certificate. GreenMail reads its key store
     * once per JVM, when the first TLS server starts, so every SMTPS test must take its set-up from here.
     */
    static ServerSetup greenMailSmtps() {
        System.setProperty("greenmail.tls.keystore.file", KEY_STORE.toString());
        return new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort();
    }

    /** The relay's certificate as a PEM file in {@code directory}, for {@code smtp.trusted-certificates}. */
    static Path certificatePem(Path directory) {
        return write(directory.resolve("relay.pem"), pem(relayCertificate()));
    }

    /** A bundle as a CA file holds several: GreenMail's own certificate first, the relay's second. */
    static Path bundlePem(Path directory) {
        try (InputStream in = Objects.requireNonNull(
                LoopbackTls.class.getClassLoader().getResourceAsStream("greenmail.p12"), "greenmail.p12")) {
            KeyStore greenMail = KeyStore.getInstance("PKCS12");
            greenMail.load(in, PASSWORD);
            Certificate bundled = greenMail.getCertificate("greenmail");
            return write(directory.resolve("bundle.pem"), pem(bundled) + pem(relayCertificate()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Certificate relayCertificate() {
        try {
            return keyStore().getCertificate("relay");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server-side TLS context with the loopback certificate, for a scripted relay's STARTTLS. */
    static SSLContext serverContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore(), PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore keyStore() throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(KEY_STORE)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        try {
            URL url = Objects.requireNonNull(LoopbackTls.class.getClassLoader().getResource(name), name);
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
