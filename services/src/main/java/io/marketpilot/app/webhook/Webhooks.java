package io.marketpilot.app.webhook;

import io.marketpilot.app.campaign.CampaignSender;
import io.marketpilot.channels.webhook.WebhookPost;
import io.marketpilot.core.audit.AuditLog;
import io.marketpilot.core.delivery.RetryPolicy;
import io.marketpilot.core.webhook.WebhookStore;
import java.time.Clock;
import java.time.Duration;

/** The webhooks-out graph: the use cases and the worker that posts, over one store. */
public final class Webhooks implements AutoCloseable {
    /** How long one post waits for the connection, and then for the answer. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    public final WebhookService service;
    public final WebhookWorker worker;

    public Webhooks(WebhookService service, WebhookWorker worker) {
        this.service = service;
        this.worker = worker;
    }

    /**
     * Eight attempts over about four hours (waits of 30 s doubling to 64 min): a receiver down for an afternoon still
     * gets its events, and a dead one stops costing us a post a minute.
     */
    public static RetryPolicy standardRetry(long seed) {
        return new RetryPolicy(Duration.ofSeconds(30), 2, Duration.ofHours(2), 0.25, 8, seed);
    }

    /** The graph as the product runs it: this process as the lease owner, the standard timeout and retries. */
    public static Webhooks create(WebhookStore store, AuditLog audit, Clock clock) {
        return new Webhooks(
                new WebhookService(store, audit, clock),
                new WebhookWorker(
                        store,
                        new WebhookPost(TIMEOUT, clock),
                        standardRetry(0x5EB_400CL),
                        clock,
                        CampaignSender.processOwner()));
    }

    @Override
    public void close() {
        worker.close();
    }
}
