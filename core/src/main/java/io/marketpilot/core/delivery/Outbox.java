package io.marketpilot.core.delivery;

import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the demo's outbox channel keeps what would have been sent, for the dashboard to show as not delivered. A
 * message is stored once per key: storing it again (a retry after a crash) returns the entry already there.
 */
public interface Outbox {

    /** Stores {@code message} at {@code at} unless one with its key is stored already; returns the stored entry. */
    OutboxEntry save(OutgoingMessage message, Instant at);

    /**
     * Entries newest first. The request's query, when given, keeps the entries whose key, recipient or subject contains
     * it, ignoring case.
     */
    Page<OutboxEntry> page(PageRequest request);

    /** The entry stored under a message key. */
    Optional<OutboxEntry> find(String key);

    /** How many messages it holds. */
    long count();
}
