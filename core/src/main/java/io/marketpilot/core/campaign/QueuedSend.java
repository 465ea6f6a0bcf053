package io.marketpilot.core.campaign;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.FieldLimits;
import java.time.Instant;
import java.util.Optional;

/**
 * A message in the send queue as it stands.
 *
 * @param attempts how many times a worker claimed it (the first claim is attempt 1)
 * @param nextAttemptAt when a {@link SendState#RETRY} may be claimed again; the due time before the first attempt
 * @param leaseOwner the worker holding a {@link SendState#CLAIMED} message
 * @param leaseUntil when that claim lapses and the message may be claimed again (the worker is presumed dead)
 * @param lastError what the channel said at the last failure or skip; empty if nothing failed
 * @param sentAt when a {@link SendState#SENT} message was handed to the channel
 */
public record QueuedSend(
        SendKey key,
        Optional<String> variant,
        Instant dueAt,
        SendState state,
        int attempts,
        Instant nextAttemptAt,
        Optional<String> leaseOwner,
        Optional<Instant> leaseUntil,
        String lastError,
        Optional<Instant> sentAt) {
    public QueuedSend {
        Check.present(key, "send key");
        Check.present(variant, "variant");
        Check.present(dueAt, "due time");
        Check.present(state, "send state");
        if (attempts < 0) {
            throw MarketPilotException.invalid("attempts is 0 or more, was " + attempts);
        }
        Check.present(nextAttemptAt, "next attempt time");
        Check.present(leaseOwner, "lease owner").ifPresent(o -> Check.id(o, "lease owner", FieldLimits.LEASE_OWNER));
        Check.present(leaseUntil, "lease end");
        if ((state == SendState.CLAIMED) != (leaseOwner.isPresent() && leaseUntil.isPresent())) {
            throw MarketPilotException.invalid("A queued message has a lease exactly when it is claimed");
        }
        Check.text(lastError, "last error", FieldLimits.NOTE);
        Check.present(sentAt, "sent time");
        if ((state == SendState.SENT) != sentAt.isPresent()) {
            throw MarketPilotException.invalid("A queued message has a sent time exactly when it is sent");
        }
    }
}
