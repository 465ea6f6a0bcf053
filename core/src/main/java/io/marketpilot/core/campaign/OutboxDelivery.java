package io.marketpilot.core.campaign;

import io.marketpilot.core.delivery.OutboxEntry;
import io.marketpilot.core.delivery.OutgoingMessage;
import java.time.Instant;
import java.util.Optional;

/**
 * Delivers a queued campaign message into the outbox and marks it sent in one transaction, so that the outbox holds a
 * message exactly when its queue row says sent: a crash leaves both or neither. (SMTP and webhooks cannot join our
 * transaction; for them the sender marks each message right after the receiver took it.)
 */
public interface OutboxDelivery {
    /**
     * Stores {@code message} in the outbox (once per message key) and marks {@code key} sent by {@code owner} at
     * {@code at}, keeping the outbox entry's id as the provider message id, in one transaction. Returns the stored
     * entry, or empty, storing nothing, when {@code owner} no longer holds the key's lease.
     */
    Optional<OutboxEntry> storeAndMarkSent(SendKey key, String owner, OutgoingMessage message, Instant at);
}
