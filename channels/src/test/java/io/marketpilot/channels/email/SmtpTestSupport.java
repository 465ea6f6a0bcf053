package io.marketpilot.channels.email;

import com.icegreen.greenmail.util.ServerSetup;
import io.marketpilot.channels.ChannelContract;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** Settings, channels and read-backs shared by the SMTP tests. */
final class SmtpTestSupport {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-06T09:30:00Z"), ZoneOffset.UTC);

    private SmtpTestSupport() {}

    /** GreenMail's SMTP server on a free loopback port. */
    static ServerSetup greenMailSetup() {
        return new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
    }

    static SmtpSettings.Builder settings(int port) {
        return SmtpSettings.builder("127.0.0.1", port, "news@shop.example")
                .fromName("Shop Ünïcode")
                .startTls(StartTls.NONE)
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(2));
    }

    static SmtpChannel channel(int port) {
        return new SmtpChannel("email", settings(port).build(), CLOCK);
    }

    static String header(MimeMessage mime, String name) {
        try {
            String value = mime.getHeader(name, null);
            return value == null ? "" : MimeUtility.unfold(value);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The contract's view of a message GreenMail received. */
    static ChannelContract.Received received(MimeMessage mime) {
        try {
            String text = "";
            Optional<String> html = Optional.empty();
            if (mime.isMimeType("multipart/alternative")) {
                Multipart parts = (Multipart) mime.getContent();
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        text = content(part);
                    } else if (part.isMimeType("text/html")) {
                        html = Optional.of(content(part));
                    }
                }
            } else {
                text = content(mime);
            }
            Optional<String> url = Optional.empty();
            Optional<String> mailto = Optional.empty();
            for (String link : header(mime, "List-Unsubscribe").split(",")) {
                String bare = link.strip().replaceAll("^<|>$", "");
                if (bare.startsWith("mailto:")) {
                    mailto = Optional.of(bare);
                } else if (!bare.isEmpty()) {
                    url = Optional.of(bare);
                }
            }
            return new ChannelContract.Received(
                    ((InternetAddress) mime.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress(),
                    Optional.ofNullable(mime.getSubject()),
                    text,
                    html,
                    header(mime, "X-MarketPilot-Message-Key"),
                    url,
                    mailto,
                    header(mime, "List-Unsubscribe-Post").equals("List-Unsubscribe=One-Click"));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text part's content with SMTP's CRLF line ends read back as the LF they were written with. */
    private static String content(Part part) throws IOException, MessagingException {
        return ((String) part.getContent()).replace("\r\n", "\n");
    }
}
