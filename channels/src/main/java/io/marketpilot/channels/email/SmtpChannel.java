package io.marketpilot.channels.email;

import io.marketpilot.core.delivery.Channel;
import io.marketpilot.core.delivery.DeliveryResult;
import io.marketpilot.core.delivery.DeliveryResult.Delivered;
import io.marketpilot.core.delivery.DeliveryResult.PermanentFailure;
import io.marketpilot.core.delivery.DeliveryResult.Refusal;
import io.marketpilot.core.delivery.OutgoingMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * E-mail through an SMTP relay. {@link #sendAll} sends a batch over one connection, renewed after
 * {@link SmtpSettings#messagesPerConnection()} messages or when the relay drops it; a relay that cannot be reached fails
 * the rest of the batch at once (temporarily) rather than once per message. Failures are read by
 * {@link SmtpFailures}. Each call uses its own connection, so several threads may send at once.
 *
 * <p>SMTP takes a message with the {@code 250} after its data. A connection lost between the relay's {@code 250} and
 * our reading it reports a temporary failure for a message that went: the retry carries the same {@code Message-ID},
 * which receivers use to drop the copy.
 */
public final class SmtpChannel implements Channel {
    private final String name;
    private final SmtpSettings settings;
    private final Session session;
    private final MimeAssembler assembler;

    public SmtpChannel(String name, SmtpSettings settings, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.session = Session.getInstance(properties(settings));
        this.assembler = new MimeAssembler(session, settings, Objects.requireNonNull(clock, "clock"));
    }

    /** The {@code email} channel on the system clock. */
    public SmtpChannel(SmtpSettings settings) {
        this("email", settings, Clock.systemUTC());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public DeliveryResult send(OutgoingMessage message) {
        return sendAll(List.of(message)).getFirst();
    }

    @Override
    public List<DeliveryResult> sendAll(List<OutgoingMessage> messages) {
        List<DeliveryResult> results = new ArrayList<>(messages.size());
        sendEach(messages, (message, result) -> results.add(result));
        return results;
    }

    /** Over one connection, as {@link #sendAll}; each result is handed over right after the relay's reply. */
    @Override
    public void sendEach(List<OutgoingMessage> messages, BiConsumer<OutgoingMessage, DeliveryResult> afterEach) {
        Connection connection = new Connection();
        try {
            for (int i = 0; i < messages.size(); i++) {
                Optional<DeliveryResult> unreachable = connection.ready();
                if (unreachable.isPresent()) {
                    for (OutgoingMessage waiting : messages.subList(i, messages.size())) {
                        afterEach.accept(waiting, unreachable.get());
                    }
                    break;
                }
                OutgoingMessage message = messages.get(i);
                afterEach.accept(message, connection.send(message));
            }
        } finally {
            connection.close();
        }
    }

    private static Properties properties(SmtpSettings settings) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        p.setProperty("mail.smtp.from", settings.fromAddress());
        p.setProperty(
                "mail.smtp.connectiontimeout",
                Long.toString(settings.connectTimeout().toMillis()));
        p.setProperty("mail.smtp.timeout", Long.toString(settings.readTimeout().toMillis()));
        p.setProperty(
                "mail.smtp.writetimeout", Long.toString(settings.readTimeout().toMillis()));
        p.setProperty("mail.smtp.ssl.enable", Boolean.toString(settings.implicitTls()));
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.startTls() != StartTls.NONE));
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.startTls() == StartTls.REQUIRED));
        // a certificate must name the host we asked for, or TLS protects nothing against a man in the middle
        p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        // Angus takes a factory instance for both implicit TLS and STARTTLS; without one, the JVM's trust store
        settings.trustedCertificates()
                .ifPresent(pem -> p.put("mail.smtp.ssl.socketFactory", TrustedCertificates.socketFactory(pem)));
        // when a factory's connection fails, Angus tries again with the JVM's default one: the retry's error (an
        // untrusted certificate) would then hide the first (a certificate for another host name)
        p.setProperty("mail.smtp.socketFactory.fallback", "false");
        p.setProperty("mail.smtp.auth", Boolean.toString(settings.credentials().isPresent()));
        // the host name for EHLO; without it Angus asks the resolver for this machine's name on every connection
        p.setProperty("mail.smtp.localhost", settings.messageIdDomain());
        return p;
    }

    /** One batch's connection to the relay: opened on first use, renewed when used up or lost. */
    private final class Connection {
        private @Nullable Transport transport;
        private int sent;

        /** Opens the connection when there is none; a failure to open it, for every message still waiting. */
        Optional<DeliveryResult> ready() {
            if (transport != null && sent >= settings.messagesPerConnection()) {
                close();
            }
            if (transport != null) {
                return Optional.empty();
            }
            try {
                Transport opened = session.getTransport("smtp");
                Optional<SmtpCredentials> credentials = settings.credentials();
                if (credentials.isPresent()) {
                    opened.connect(
                            settings.host(),
                            settings.port(),
                            credentials.get().username(),
                            credentials.get().password());
                } else {
                    opened.connect();
                }
                transport = opened;
                sent = 0;
                return Optional.empty();
            } catch (MessagingException e) {
                return Optional.of(SmtpFailures.classify(e));
            }
        }

        DeliveryResult send(OutgoingMessage message) {
            Transport open = Objects.requireNonNull(transport, "ready() opens the connection first");
            MimeMessage mime;
            try {
                mime = assembler.assemble(message);
            } catch (AddressException e) {
                return new PermanentFailure(
                        "not an e-mail address: " + e.getMessage(), "invalid-address", Refusal.RECIPIENT);
            } catch (MessagingException e) {
                return new PermanentFailure(
                        "the message cannot be written as MIME: " + e.getMessage(), "invalid-message", Refusal.MESSAGE);
            }
            try {
                open.sendMessage(mime, mime.getAllRecipients());
                sent++;
                return new Delivered(assembler.messageId(message.key()));
            } catch (MessagingException | IllegalStateException e) {
                // a refused message leaves the connection usable (Angus resets the transaction); a lost one does not
                if (!open.isConnected()) {
                    close();
                }
                return e instanceof MessagingException m
                        ? SmtpFailures.classify(m)
                        : DeliveryResult.TemporaryFailure.because("connection to the relay lost: " + e.getMessage());
            }
        }

        void close() {
            Transport open = transport;
            transport = null;
            if (open != null) {
                try {
                    open.close();
                } catch (MessagingException e) {
                    // QUIT on a connection already broken: nothing was in flight, nothing to report
                }
            }
        }
    }
}
