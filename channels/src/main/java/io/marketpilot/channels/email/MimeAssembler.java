package io.marketpilot.channels.email;

import io.marketpilot.core.delivery.OutgoingMessage;
import io.marketpilot.core.delivery.Unsubscribe;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Date;
import java.util.HexFormat;

/**
 * Turns an {@link OutgoingMessage} into the MIME message that goes over SMTP: {@code multipart/alternative} with the
 * text part first and the HTML part last (the one a client prefers, RFC 2046), or plain text alone; UTF-8 throughout;
 * {@code List-Unsubscribe} (RFC 2369) with {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} for an HTTPS link
 * (RFC 8058); the message key in {@code X-MarketPilot-Message-Key}.
 *
 * <p>The {@code Message-ID} is derived from the message key: a retry after a crash carries the same id as the copy that
 * may already have gone, and receivers that drop repeated ids (Gmail does) drop the second. Distinct messages, test
 * sends included, therefore need distinct keys.
 */
final class MimeAssembler {
    /** The header field that carries the message key. */
    static final String KEY_HEADER = "X-MarketPilot-Message-Key";

    private final Session session;
    private final SmtpSettings settings;
    private final Clock clock;

    MimeAssembler(Session session, SmtpSettings settings, Clock clock) {
        this.session = session;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The message, ready for {@code Transport.sendMessage}.
     *
     * @throws AddressException when the recipient is not a single well-formed address
     */
    MimeMessage assemble(OutgoingMessage message) throws MessagingException {
        MimeMessage mime = new KeyedMimeMessage(session, messageId(message.key()));
        mime.setFrom(from());
        mime.setRecipient(MimeMessage.RecipientType.TO, recipient(message.recipient()));
        if (message.subject().isPresent()) {
            mime.setSubject(message.subject().get(), "UTF-8");
        }
        mime.setSentDate(Date.from(clock.instant()));
        body(mime, message);
        mime.setHeader(KEY_HEADER, message.key());
        if (message.unsubscribe().isPresent()) {
            unsubscribe(mime, message.unsubscribe().get());
        }
        for (var header : message.headers().entrySet()) {
            mime.setHeader(header.getKey(), field(header.getKey(), encoded(header.getValue())));
        }
        mime.saveChanges();
        return mime;
    }

    /** {@code <32 hex digits of SHA-256(key)@domain>}: the key's hash, so ids in the key do not show in the header. */
    String messageId(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + "@" + settings.messageIdDomain() + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private InternetAddress from() throws MessagingException {
        try {
            return new InternetAddress(
                    settings.fromAddress(), settings.fromName().orElse(null), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is always supported", e);
        }
    }

    private static InternetAddress recipient(String recipient) throws AddressException {
        InternetAddress address = new InternetAddress(recipient, true);
        address.validate();
        if (address.getPersonal() != null || !address.getAddress().contains("@")) {
            throw new AddressException("not a single bare e-mail address", recipient);
        }
        return address;
    }

    private static void body(MimeMessage mime, OutgoingMessage message) throws MessagingException {
        if (message.html().isEmpty()) {
            mime.setText(message.text(), "UTF-8", "plain");
            return;
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html().get(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mime.setContent(alternative);
    }

    private static void unsubscribe(MimeMessage mime, Unsubscribe links) throws MessagingException {
        StringBuilder value = new StringBuilder("<").append(ascii(links.web())).append('>');
        links.mail().ifPresent(mail -> value.append(", <").append(ascii(mail)).append('>'));
        mime.setHeader("List-Unsubscribe", field("List-Unsubscribe", value.toString()));
        if (links.oneClick()) {
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
    }

    private static String ascii(URI uri) {
        return uri.toASCIIString();
    }

    private static String encoded(String value) {
        try {
            return MimeUtility.encodeText(value, "UTF-8", null);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /** Folds a long value so that no line passes 78 characters where it can break (RFC 5322 2.1.1). */
    private static String field(String name, String value) {
        return MimeUtility.fold(name.length() + 2, value);
    }

    /** A MIME message whose {@code Message-ID} is the one given, not a random one. */
    private static final class KeyedMimeMessage extends MimeMessage {
        private final String messageId;

        KeyedMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
