package io.marketpilot.channels.email;

import io.marketpilot.core.MarketPilotException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the SMTP relay is reached and who the mail is from. Build with {@link #builder}; the configuration loader maps
 * {@code smtp.*} keys onto it, and errors name those keys.
 *
 * <p>A password never crosses a network in the clear: credentials need {@link StartTls#REQUIRED} or implicit TLS unless
 * the relay is on this machine.
 *
 * @param host the relay's host name
 * @param port its port: 587 for submission with STARTTLS, 465 for implicit TLS, 25 between servers
 * @param startTls whether the plain connection is upgraded to TLS
 * @param implicitTls whether the connection is TLS from the first byte (SMTPS, port 465)
 * @param credentials the user name and password, when the relay wants them
 * @param fromAddress the sender's address, also the envelope sender that bounces return to
 * @param fromName the sender's display name
 * @param connectTimeout how long to wait for the connection
 * @param readTimeout how long to wait for each reply (and to write each block)
 * @param messageIdDomain the domain of the {@code Message-ID}s written; the from address's domain by default
 * @param messagesPerConnection the most messages sent over one connection before it is renewed (relays limit it)
 * @param trustedCertificates a PEM file of the certificates TLS trusts (a company CA, a self-signed relay) instead of
 *     the JVM's trust store; empty for the JVM's
 */
public record SmtpSettings(
        String host,
        int port,
        StartTls startTls,
        boolean implicitTls,
        Optional<SmtpCredentials> credentials,
        String fromAddress,
        Optional<String> fromName,
        Duration connectTimeout,
        Duration readTimeout,
        String messageIdDomain,
        int messagesPerConnection,
        Optional<Path> trustedCertificates) {

    public SmtpSettings {
        Objects.requireNonNull(host, "smtp.host");
        Objects.requireNonNull(startTls, "smtp.starttls");
        Objects.requireNonNull(credentials, "smtp credentials");
        Objects.requireNonNull(fromAddress, "smtp.from");
        Objects.requireNonNull(fromName, "smtp.from-name");
        Objects.requireNonNull(messageIdDomain, "smtp.message-id-domain");
        Objects.requireNonNull(trustedCertificates, TrustedCertificates.KEY);
        host = host.strip();
        if (host.isEmpty()) {
            throw MarketPilotException.invalid("smtp.host is required");
        }
        if (port < 1 || port > 65_535) {
            throw MarketPilotException.invalid("smtp.port must be between 1 and 65535, not " + port);
        }
        if (implicitTls && startTls != StartTls.NONE) {
            throw MarketPilotException.invalid(
                    "smtp.implicit-tls is TLS from the first byte: smtp.starttls must be none with it");
        }
        if (credentials.isPresent() && !implicitTls && startTls != StartTls.REQUIRED && !isLoopback(host)) {
            throw MarketPilotException.invalid("smtp.username and smtp.password travel only over TLS: set"
                    + " smtp.starttls to required or smtp.implicit-tls, or use a relay on this machine");
        }
        fromAddress = checkedAddress(fromAddress.strip());
        fromName = fromName.map(String::strip).filter(n -> !n.isEmpty());
        positive(connectTimeout, "smtp.connect-timeout-seconds");
        positive(readTimeout, "smtp.read-timeout-seconds");
        messageIdDomain = messageIdDomain.strip();
        if (messageIdDomain.isEmpty()) {
            messageIdDomain = fromAddress.substring(fromAddress.lastIndexOf('@') + 1);
        }
        if (!messageIdDomain.matches("[A-Za-z0-9.-]+")) {
            throw MarketPilotException.invalid(
                    "smtp.message-id-domain must be a domain name, not '" + messageIdDomain + "'");
        }
        if (messagesPerConnection < 1) {
            throw MarketPilotException.invalid("smtp.messages-per-connection must be at least 1");
        }
    }

    /**
     * Settings for a relay at {@code host:port} sending as {@code fromAddress}: STARTTLS when offered, no credentials,
     * 10 s to connect, 30 s per reply, 100 messages per connection.
     */
    public static Builder builder(String host, int port, String fromAddress) {
        return new Builder(host, port, fromAddress);
    }

    private static String checkedAddress(String address) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (parsed.getPersonal() != null || !parsed.getAddress().contains("@")) {
                throw new AddressException("not a bare address", address);
            }
            return parsed.getAddress();
        } catch (AddressException e) {
            throw MarketPilotException.invalid("smtp.from must be an e-mail address like news@shop.example, not '"
                    + address + "' (" + e.getMessage() + ")");
        }
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
    }

    private static void positive(Duration value, String key) {
        Objects.requireNonNull(value, key);
        if (value.isNegative() || value.isZero()) {
            throw MarketPilotException.invalid(key + " must be positive");
        }
    }

    /** Builds {@link SmtpSettings}; only {@link #build} checks the values. */
    public static final class Builder {
        private final String host;
        private final int port;
        private final String fromAddress;
        private StartTls startTls = StartTls.OPTIONAL;
        private boolean implicitTls;
        private Optional<SmtpCredentials> credentials = Optional.empty();
        private Optional<String> fromName = Optional.empty();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private String messageIdDomain = "";
        private int messagesPerConnection = 100;
        private Optional<Path> trustedCertificates = Optional.empty();

        private Builder(String host, int port, String fromAddress) {
            this.host = host;
            this.port = port;
            this.fromAddress = fromAddress;
        }

        public Builder startTls(StartTls value) {
            this.startTls = value;
            return this;
        }

        /** TLS from the first byte; STARTTLS is then off. */
        public Builder implicitTls() {
            this.implicitTls = true;
            this.startTls = StartTls.NONE;
            return this;
        }

        public Builder credentials(String username, String password) {
            this.credentials = Optional.of(new SmtpCredentials(username, password));
            return this;
        }

        public Builder fromName(String value) {
            this.fromName = Optional.of(value);
            return this;
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        public Builder readTimeout(Duration value) {
            this.readTimeout = value;
            return this;
        }

        public Builder messageIdDomain(String value) {
            this.messageIdDomain = value;
            return this;
        }

        public Builder messagesPerConnection(int value) {
            this.messagesPerConnection = value;
            return this;
        }

        /** Trust the certificates of this PEM file, and only them, instead of the JVM's trust store. */
        public Builder trustedCertificates(Path pemFile) {
            this.trustedCertificates = Optional.of(pemFile);
            return this;
        }

        public SmtpSettings build() {
            return new SmtpSettings(
                    host,
                    port,
                    startTls,
                    implicitTls,
                    credentials,
                    fromAddress,
                    fromName,
                    connectTimeout,
                    readTimeout,
                    messageIdDomain,
                    messagesPerConnection,
                    trustedCertificates);
        }
    }
}
