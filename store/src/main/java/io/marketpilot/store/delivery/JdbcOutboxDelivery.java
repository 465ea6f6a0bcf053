package io.marketpilot.store.delivery;

import io.marketpilot.core.campaign.OutboxDelivery;
import io.marketpilot.core.campaign.SendKey;
import io.marketpilot.core.campaign.SendState;
import io.marketpilot.core.delivery.OutboxEntry;
import io.marketpilot.core.delivery.OutgoingMessage;
import io.marketpilot.store.Database;
import io.marketpilot.store.UtcTimestamps;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores a campaign message in {@code outbox} and marks its {@code send_queue} row sent in one transaction: the outbox
 * holds the message exactly when the queue says sent. The queue row must still be claimed by the caller (as
 * {@code JdbcSendQueue}'s own marks require); when it is not, the transaction rolls back and nothing is stored.
 */
public final class JdbcOutboxDelivery implements OutboxDelivery {
    /** The prefix of the provider ids of outbox deliveries, as the outbox channel writes them. */
    static final String ID_PREFIX = "outbox-";

    private final Database db;

    public JdbcOutboxDelivery(Database db) {
        this.db = db;
    }

    @Override
    public Optional<OutboxEntry> storeAndMarkSent(SendKey key, String owner, OutgoingMessage message, Instant at) {
        try {
            return Optional.of(db.jdbi().inTransaction(h -> {
                JdbcOutbox.insert(h, db.dialect(), message, at);
                OutboxEntry entry = JdbcOutbox.find(h, message.key())
                        .orElseThrow(() -> new IllegalStateException(
                                "Outbox entry " + message.key() + " vanished in its own transaction"));
                int marked = h.createUpdate("UPDATE send_queue SET state = :sent, sent_at = :at, provider_message_id"
                                + " = :providerId, lease_owner = NULL, lease_until = NULL WHERE campaign_id ="
                                + " :campaign AND customer_id = :customer AND occurrence = :occurrence AND state = :claimed"
                                + " AND lease_owner = :owner")
                        .bind("sent", SendState.SENT.wireName())
                        .bind("at", UtcTimestamps.of(at))
                        .bind("providerId", ID_PREFIX + entry.id())
                        .bind("campaign", key.campaignId())
                        .bind("customer", key.customerId())
                        .bind("occurrence", key.occurrence())
                        .bind("claimed", SendState.CLAIMED.wireName())
                        .bind("owner", owner)
                        .execute();
                if (marked != 1) {
                    throw new LeaseLost();
                }
                return entry;
            }));
        } catch (LeaseLost e) {
            return Optional.empty();
        }
    }

    /** Thrown inside the transaction to roll the outbox row back when the caller's lease lapsed. */
    private static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super("the lease lapsed", null, false, false);
        }
    }
}
