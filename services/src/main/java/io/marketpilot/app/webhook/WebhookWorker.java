package io.marketpilot.app.webhook;

import io.marketpilot.app.jobs.PollingWorker;
import io.marketpilot.channels.webhook.WebhookPost;
import io.marketpilot.core.campaign.Lease;
import io.marketpilot.core.delivery.DeliveryResult;
import io.marketpilot.core.delivery.RetryPolicy;
import io.marketpilot.core.webhook.AttemptOutcome;
import io.marketpilot.core.webhook.DeliveryStatus;
import io.marketpilot.core.webhook.WebhookDelivery;
import io.marketpilot.core.webhook.WebhookStore;
import io.marketpilot.core.webhook.WebhookSubscription;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts due webhook deliveries: claims them in batches under a lease, posts each signed body
 * ({@link WebhookPost}), and records the outcome under the lease: delivered on a 2xx, retried on the
 * {@link RetryPolicy} after a temporary failure (the receiver's {@code Retry-After} honoured), failed on a permanent
 * refusal, dead after the policy's last attempt. A killed worker's lease lapses and another worker takes its
 * deliveries; a receiver may therefore see a copy again, with the same event id, and should drop it by that id.
 *
 * <p>On the server {@link #serveInBackground} polls like the campaign sender; tests and the CLI call
 * {@link #deliverDue}.
 */
public final class WebhookWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookWorker.class);
    /** Deliveries claimed at once: few, so a lease covers a batch of slow receivers with room to spare. */
    static final int BATCH = 10;
    /** How long a claim lasts: longer than a batch of posts that each time out. */
    static final Duration LEASE = Duration.ofMinutes(5);
    /** How often the background worker looks for due deliveries when it found none. */
    static final Duration POLL = Duration.ofSeconds(2);
    /** The header that carries the event's id, by which a receiver drops a copy it has taken. */
    public static final String EVENT_ID_HEADER = "X-MarketPilot-Event-Id";
    /** The header that carries the event's type. */
    public static final String EVENT_TYPE_HEADER = "X-MarketPilot-Event";

    private final WebhookStore store;
    private final WebhookPost post;
    private final RetryPolicy retry;
    private final Clock clock;
    private final String owner;
    private final PollingWorker background;

    /**
     * @param post posts with the timeout per attempt
     * @param retry when a temporarily failed delivery is tried again, and after how many attempts it is dead
     * @param owner names this worker among all that share the store
     */
    public WebhookWorker(WebhookStore store, WebhookPost post, RetryPolicy retry, Clock clock, String owner) {
        this.store = store;
        this.post = post;
        this.retry = retry;
        this.clock = clock;
        this.owner = owner;
        this.background = new PollingWorker("webhook-worker", POLL, this::backgroundPass);
    }

    /** Posts every delivery due now, batch by batch; returns how many it attempted. */
    public int deliverDue() {
        int attempted = 0;
        while (true) {
            Instant now = clock.instant();
            List<WebhookDelivery> batch = store.claim(Lease.of(owner, now, LEASE), now, BATCH);
            for (WebhookDelivery d : batch) {
                attempt(d);
            }
            attempted += batch.size();
            if (batch.size() < BATCH) {
                return attempted;
            }
        }
    }

    private void attempt(WebhookDelivery d) {
        Optional<WebhookSubscription> subscription = store.subscription(d.subscriptionId());
        if (subscription.isEmpty()) {
            return; // removed while claimed: its deliveries went with it
        }
        WebhookSubscription s = subscription.get();
        WebhookPost.Answer answer = post.post(
                URI.create(s.url()),
                s.secret(),
                d.payload(),
                Map.of(EVENT_ID_HEADER, d.eventId(), EVENT_TYPE_HEADER, d.type().wireName()),
                d.eventId());
        Instant at = clock.instant();
        AttemptOutcome outcome = outcome(d, answer.result(), answer.status(), at);
        if (!store.finish(d.id(), owner, outcome)) {
            LOG.warn("webhook delivery={} lease lapsed before its outcome was recorded owner={}", d.id(), owner);
        } else if (outcome.status() != DeliveryStatus.DELIVERED) {
            LOG.info(
                    "webhook delivery={} subscription={} status={} attempts={} code={}",
                    d.id(),
                    d.subscriptionId(),
                    outcome.status().wireName(),
                    d.attempts(),
                    answer.status().isPresent() ? answer.status().getAsInt() : "none");
        }
    }

    private AttemptOutcome outcome(WebhookDelivery d, DeliveryResult result, OptionalInt code, Instant at) {
        if (result instanceof DeliveryResult.TemporaryFailure f) {
            Optional<Instant> next = retry.nextAttempt(d.eventId() + "@" + d.subscriptionId(), d.attempts(), at, f);
            return next.isPresent()
                    ? new AttemptOutcome(DeliveryStatus.RETRY, at, code, f.reason(), next)
                    : new AttemptOutcome(
                            DeliveryStatus.DEAD,
                            at,
                            code,
                            "gave up after " + d.attempts() + " attempts: " + f.reason(),
                            Optional.empty());
        }
        if (result instanceof DeliveryResult.PermanentFailure f) {
            return new AttemptOutcome(DeliveryStatus.FAILED, at, code, f.reason(), Optional.empty());
        }
        return new AttemptOutcome(DeliveryStatus.DELIVERED, at, code, "", Optional.empty());
    }

    /** Starts the background worker (the server's), once; it polls every {@link #POLL} while nothing is due. */
    public void serveInBackground() {
        background.start(owner);
    }

    /** Stops the background worker after its current pass (see {@link PollingWorker}). */
    @Override
    public void close() {
        background.close();
    }

    /** One pass of the background worker: the due deliveries. */
    private int backgroundPass() {
        return deliverDue();
    }
}
