package io.marketpilot.core.webhook;

import io.marketpilot.core.campaign.Lease;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Subscriptions and the durable queue of their deliveries, shared by any number of workers and server instances.
 * Each (subscription, event) is queued at most once; a delivery is claimed by one worker at a time under a lease (on
 * PostgreSQL {@code SELECT … FOR UPDATE SKIP LOCKED}), and only the lease's owner may record its outcome.
 */
public interface WebhookStore {
    /** Stores a new subscription and returns it with its id. */
    WebhookSubscription subscribe(WebhookSubscription subscription);

    Optional<WebhookSubscription> subscription(long id);

    /** Every subscription, oldest first. */
    List<WebhookSubscription> subscriptions();

    /** Deletes the subscription and its delivery log; false when there was none. */
    boolean remove(long id);

    /**
     * Queues one {@link DeliveryStatus#PENDING} delivery, due at {@code at}, of the event to each active subscription
     * that wants its type, in one transaction; an (event, subscription) already queued is left as it is. Returns how
     * many were new.
     */
    int publish(String eventId, WebhookEventType type, String payload, Instant at);

    /**
     * Claims up to {@code limit} deliveries due at {@code now} (pending and retries whose time has come, and claimed
     * ones whose lease lapsed), earliest first, raising each one's attempts by one.
     */
    List<WebhookDelivery> claim(Lease lease, Instant now, int limit);

    /** Records an attempt's outcome; false, changing nothing, when {@code owner} no longer holds the lease. */
    boolean finish(long deliveryId, String owner, AttemptOutcome outcome);

    /** A subscription's deliveries, newest first, at most {@code limit}. */
    List<WebhookDelivery> deliveries(long subscriptionId, int limit);

    Optional<WebhookDelivery> delivery(long id);

    /**
     * Queues a failed or dead delivery again, due at {@code now}, with its attempts counted afresh; false when it is
     * not {@link DeliveryStatus#replayable}.
     */
    boolean replay(long deliveryId, Instant now);
}
