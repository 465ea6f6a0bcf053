package io.marketpilot.core.delivery;

import java.time.Instant;
import java.util.Objects;

/**
 * A message the outbox holds instead of delivering it.
 *
 * @param id the outbox's id for it, 1, 2, 3… in the order stored
 * @param message the message as it would have been sent
 * @param storedAt when it was stored
 */
public record OutboxEntry(long id, OutgoingMessage message, Instant storedAt) {
    public OutboxEntry {
        if (id < 1) {
            throw new IllegalArgumentException("an outbox id is positive, not " + id);
        }
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(storedAt, "storedAt");
    }
}
