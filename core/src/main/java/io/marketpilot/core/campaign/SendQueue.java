package io.marketpilot.core.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The durable queue of a campaign's messages, shared by any number of workers and server instances. Each (campaign,
 * customer) is queued at most once, a message is claimed by one worker at a time under a lease (on PostgreSQL
 * {@code SELECT … FOR UPDATE SKIP LOCKED}), and a sent or permanently failed message is never claimed again: a crash
 * or a second instance neither sends twice nor skips anyone.
 */
public interface SendQueue {
    /**
     * Queues the planned messages of one campaign as {@link SendState#PENDING}, in one transaction; a key already
     * queued is left as it is (whatever its state), so planning twice queues nobody twice. Returns how many were new.
     */
    int enqueue(List<PlannedSend> sends);

    /**
     * Claims up to {@code limit} messages of one campaign that are due at {@code now}: pending ones whose due time
     * has come and retries whose next attempt has come, earliest first. Each becomes {@link SendState#CLAIMED} under
     * {@code lease} with its attempt count raised by one; messages claimed by another worker are skipped, not waited
     * for.
     */
    List<QueuedSend> claim(String campaignId, Lease lease, Instant now, int limit);

    /**
     * Records that a claimed message was handed to its channel. Returns false, changing nothing, when {@code owner}
     * no longer holds its lease (it lapsed and was released or claimed again).
     */
    boolean markSent(SendKey key, String owner, Instant at);

    /**
     * As {@link #markSent(SendKey, String, Instant)}, keeping the channel's id for the message (the
     * {@code Delivered} result's provider message id) so that a later bounce or complaint can be traced to its send. A
     * queue that keeps no such id (a test's) records the send alone.
     */
    default boolean markSent(SendKey key, String owner, Instant at, String providerMessageId) {
        return markSent(key, owner, at);
    }

    /** A temporary failure: the message waits as {@link SendState#RETRY} until {@code nextAttemptAt}. */
    boolean markRetry(SendKey key, String owner, Instant nextAttemptAt, String error);

    /** A permanent failure: the message is {@link SendState#FAILED} and never attempted again. */
    boolean markFailed(SendKey key, String owner, String error);

    /** Dropped at send time (e.g. the address was suppressed after planning): {@link SendState#SKIPPED}. */
    boolean markSkipped(SendKey key, String owner, String reason);

    /**
     * Returns every claimed message whose lease ended before {@code now} to {@link SendState#RETRY}, due at once, so
     * another worker may take it. Returns how many were released.
     */
    int releaseExpired(Instant now);

    /** The message queued for this (campaign, customer), whatever its state, if one was queued. */
    Optional<QueuedSend> find(SendKey key);

    /** The messages handed to their channel for this customer, across campaigns, earliest sent first. */
    List<QueuedSend> sentTo(String customerId);

    /** The campaign's messages handed to their channel, earliest sent first. */
    List<QueuedSend> sent(String campaignId);

    /** How many messages of the campaign are in each state; states with none are absent. */
    Map<SendState, Long> counts(String campaignId);

    /**
     * How many messages still to send (pending, retrying or claimed) each of these customers has from campaigns of a
     * higher priority than {@code priority}, due before {@code dueBefore}: the room in their frequency cap that those
     * campaigns hold; customers with none are absent.
     */
    Map<String, Integer> awaitingFromHigherPriority(
            java.util.Collection<String> customerIds, int priority, Instant dueBefore);
}
