package io.marketpilot.channels.email;

import io.marketpilot.core.delivery.DeliveryResult;
import io.marketpilot.core.delivery.DeliveryResult.PermanentFailure;
import io.marketpilot.core.delivery.DeliveryResult.Refusal;
import io.marketpilot.core.delivery.DeliveryResult.TemporaryFailure;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * Reads what an SMTP failure means for the message, by the rules of {@link DeliveryResult}:
 *
 * <ul>
 *   <li>a 4xx reply, a broken or refused connection, a timeout: temporary;
 *   <li>a 5xx reply to {@code RCPT TO}, or one whose enhanced status (RFC 3463) is about the address ({@code 5.1.x},
 *       {@code 5.2.1} disabled mailbox): permanent, the address refused;
 *   <li>any other 5xx after the recipient was accepted (too large, refused for content): permanent, the message refused;
 *   <li>refusals of our own set-up: temporary, whatever the code, because no recipient is at fault and suppressing
 *       them would empty the list. That is a refused sender ({@code MAIL FROM}), failed authentication ({@code 530},
 *       {@code 534}, {@code 535}, {@code 538}), a security or policy status ({@code 5.7.x}: relaying denied, TLS or
 *       authentication required), and replies that speak of relaying or authentication without an enhanced status
 *       (Exim's plain {@code 550 relay not permitted}); so is TLS that cannot be set up: a certificate we do not trust or
 *       that names another host, or a relay that does not offer the STARTTLS that {@code smtp.starttls} requires;
 *   <li>a full mailbox ({@code 5.2.2}): temporary, as mailbox providers treat it, since it empties again.
 * </ul>
 */
final class SmtpFailures {
    private static final Pattern ENHANCED_STATUS = Pattern.compile("\\b([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b");
    private static final List<Integer> AUTHENTICATION_CODES = List.of(530, 534, 535, 538);
    /** Angus' words when {@code mail.smtp.starttls.required} meets a relay that offers no STARTTLS. */
    private static final String STARTTLS_MISSING = "STARTTLS is required but host does not support";

    private static final List<String> SET_UP_WORDS = List.of("relay", "authenticat", "auth required");

    private SmtpFailures() {}

    /** What the failure of one message means. */
    static DeliveryResult classify(MessagingException failure) {
        List<Throwable> chain = chain(failure);
        for (Throwable e : chain) {
            if (e instanceof SMTPAddressFailedException refused) {
                return reply(refused.getReturnCode(), text(refused), true);
            }
            if (e instanceof SMTPSenderFailedException refused) {
                return TemporaryFailure.because(
                        "the relay refused the sender address (check smtp.from): " + text(refused));
            }
            if (e instanceof SMTPSendFailedException refused) {
                String command = Optional.ofNullable(refused.getCommand()).orElse("");
                return reply(refused.getReturnCode(), text(refused), command.startsWith("RCPT"));
            }
        }
        for (Throwable e : chain) {
            if (e instanceof AuthenticationFailedException) {
                return TemporaryFailure.because(
                        "the relay refused the credentials (check smtp.username and" + " smtp.password): " + text(e));
            }
            if (e instanceof SSLException tls) {
                return TemporaryFailure.because("TLS with the relay failed; nothing was sent (is its certificate"
                        + " trusted, see smtp.trusted-certificates, and does it name smtp.host?): " + text(tls));
            }
            if (text(e).contains(STARTTLS_MISSING)) {
                return TemporaryFailure.because("the relay does not offer STARTTLS and smtp.starttls is required, so"
                        + " nothing was sent in the clear: " + text(e));
            }
            if (e instanceof MailConnectException connect) {
                return TemporaryFailure.because("cannot connect to the relay " + connect.getHost() + ":"
                        + connect.getPort() + ": " + text(connect.getCause() == null ? connect : connect.getCause()));
            }
        }
        for (Throwable e : chain) {
            if (e instanceof IOException) {
                return TemporaryFailure.because(
                        "connection to the relay failed: " + text(failure) + " (" + text(e) + ")");
            }
        }
        return TemporaryFailure.because(text(failure));
    }

    private static DeliveryResult reply(int code, String reply, boolean atRecipient) {
        if (code < 500 || code > 599) {
            return TemporaryFailure.because(reply);
        }
        Optional<String> status = enhancedStatus(reply);
        String lower = reply.toLowerCase(Locale.ROOT);
        boolean ourSetUp = AUTHENTICATION_CODES.contains(code)
                || status.filter(s -> s.startsWith("5.7.")).isPresent()
                || (status.isEmpty() && SET_UP_WORDS.stream().anyMatch(lower::contains));
        if (ourSetUp) {
            return TemporaryFailure.because("the relay refused our sending set-up, not the recipient: " + reply);
        }
        if (status.filter(s -> s.equals("5.2.2")).isPresent()) {
            return TemporaryFailure.because("the recipient's mailbox is full: " + reply);
        }
        boolean address = atRecipient
                || status.filter(s -> s.startsWith("5.1.") || s.equals("5.2.1")).isPresent();
        String codeName = "smtp-" + code + status.map(s -> "-" + s).orElse("");
        return new PermanentFailure(reply, codeName, address ? Refusal.RECIPIENT : Refusal.MESSAGE);
    }

    private static Optional<String> enhancedStatus(String reply) {
        Matcher m = ENHANCED_STATUS.matcher(reply);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** The failure, the exceptions it chains with {@code getNextException}, and their causes. */
    private static List<Throwable> chain(MessagingException failure) {
        List<Throwable> chain = new ArrayList<>();
        Throwable current = failure;
        while (current != null && chain.size() < 20 && !chain.contains(current)) {
            chain.add(current);
            Throwable next = current instanceof MessagingException m ? m.getNextException() : null;
            current = next != null ? next : current.getCause();
        }
        return chain;
    }

    private static String text(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }
}
