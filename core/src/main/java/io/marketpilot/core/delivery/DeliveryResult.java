package io.marketpilot.core.delivery;

import io.marketpilot.core.MarketPilotException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What came of handing one message to a channel. A channel answers with one of three, and the caller acts on it
 * without knowing the transport:
 *
 * <ul>
 *   <li>{@link Delivered}: the receiver took the message (SMTP {@code 250} after the data, HTTP 2xx, stored in the
 *       outbox). Taken, not necessarily read or even in an inbox: a later bounce arrives as its own event.
 *   <li>{@link TemporaryFailure}: the same message may succeed later, so the caller tries again on its
 *       {@link RetryPolicy}: SMTP 4xx replies, HTTP 408, 429 and 5xx, connection failures and timeouts. Failures of the
 *       sender's own set-up (a wrong password, a relay refusing to relay, STARTTLS required but not offered, a webhook
 *       refusing our signature) are temporary too: no recipient is at fault, nobody must be suppressed or skipped for
 *       them, and the messages go out once the operator fixes the setting that the reason names.
 *   <li>{@link PermanentFailure}: sending the same message again will fail again. When the recipient's address itself
 *       was refused ({@link Refusal#RECIPIENT}: SMTP 5xx to {@code RCPT TO}, an addressing status {@code 5.1.x}, a
 *       malformed address, HTTP 410) the caller puts the address on the suppression list; when the message was
 *       ({@link Refusal#MESSAGE}: too large, refused for its content, any other HTTP 4xx) the address stays.
 * </ul>
 *
 * <p>Reasons may quote the receiver's reply, which can name the recipient: they belong in the delivery log, not in
 * operators' logs.
 */
public sealed interface DeliveryResult {
    /** The most characters of a reason kept: a server's reply can be long. */
    int REASON_LIMIT = 1_000;

    /** Whether the receiver took the message. */
    default boolean delivered() {
        return this instanceof Delivered;
    }

    /**
     * The receiver took the message.
     *
     * @param providerMessageId the receiver's id for it, to match later bounces and reports: the {@code Message-ID}
     *     of an e-mail, the id a webhook receiver answered, the outbox entry's id
     */
    record Delivered(String providerMessageId) implements DeliveryResult {
        public Delivered {
            Objects.requireNonNull(providerMessageId, "providerMessageId");
            if (providerMessageId.isBlank()) {
                throw MarketPilotException.invalid("a delivered message has the receiver's id");
            }
            providerMessageId = printable(providerMessageId);
        }
    }

    /**
     * The message may go through later.
     *
     * @param reason what happened, for the delivery log and the operator
     * @param retryAfter how long the receiver asked us to wait (HTTP {@code Retry-After}), when it said
     */
    record TemporaryFailure(String reason, Optional<Duration> retryAfter) implements DeliveryResult {
        public TemporaryFailure {
            reason = printable(Objects.requireNonNull(reason, "reason"));
            Objects.requireNonNull(retryAfter, "retryAfter");
            retryAfter = retryAfter.map(wait -> wait.isNegative() ? Duration.ZERO : wait);
        }

        /** A failure without a receiver's wish for when to retry. */
        public static TemporaryFailure because(String reason) {
            return new TemporaryFailure(reason, Optional.empty());
        }
    }

    /**
     * The message will not go through as it is.
     *
     * @param reason what happened, for the delivery log and the operator
     * @param code a short machine-readable code: {@code smtp-550}, {@code smtp-550-5.1.1}, {@code http-404},
     *     {@code invalid-address}
     * @param refusal whether the address itself was refused (suppress it) or only this message
     */
    record PermanentFailure(String reason, String code, Refusal refusal) implements DeliveryResult {
        public PermanentFailure {
            reason = printable(Objects.requireNonNull(reason, "reason"));
            code = printable(Objects.requireNonNull(code, "code"));
            Objects.requireNonNull(refusal, "refusal");
        }

        /** Whether the caller puts the recipient's address on the suppression list. */
        public boolean suppressesRecipient() {
            return refusal == Refusal.RECIPIENT;
        }
    }

    /** What a permanent failure refused. */
    enum Refusal {
        /** The address: unknown mailbox or domain, malformed, gone. */
        RECIPIENT,
        /** This message only: its size, content or form. */
        MESSAGE
    }

    /** One line of at most {@link #REASON_LIMIT} characters: replies arrive with line breaks and stray controls. */
    private static String printable(String text) {
        String line = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return line.length() <= REASON_LIMIT ? line : line.substring(0, REASON_LIMIT - 1) + "…";
    }
}
