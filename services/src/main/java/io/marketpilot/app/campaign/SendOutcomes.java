package io.marketpilot.app.campaign;

import io.marketpilot.app.webhook.WebhookEvents;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.CampaignEvent;
import io.marketpilot.core.campaign.CampaignEventKind;
import io.marketpilot.core.campaign.Contact;
import io.marketpilot.core.campaign.SendKey;
import io.marketpilot.core.campaign.Suppression;
import io.marketpilot.core.campaign.SuppressionReason;
import io.marketpilot.core.delivery.DeliveryResult;
import io.marketpilot.core.delivery.RetryPolicy;
import io.marketpilot.core.input.FieldLimits;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the sender writes when a message's fate is known, each under the worker's lease: delivered (marked sent,
 * counted in the contact log for the frequency cap, a {@code sent} event, the experiment's exposure), a temporary
 * failure (retried on the {@link RetryPolicy}, failed after its last attempt), a permanent one (failed, and a refused
 * address suppressed as a hard bounce), or skipped before it left.
 */
final class SendOutcomes {
    private static final Logger LOG = LoggerFactory.getLogger(SendOutcomes.class);

    private final CampaignStores stores;
    private final ExperimentFeed experiments;
    private final RetryPolicy retry;
    private final WebhookEvents webhooks;
    private final Clock clock;
    private final String owner;

    SendOutcomes(
            CampaignStores stores,
            ExperimentFeed experiments,
            RetryPolicy retry,
            WebhookEvents webhooks,
            Clock clock,
            String owner) {
        this.stores = stores;
        this.experiments = experiments;
        this.retry = retry;
        this.webhooks = webhooks;
        this.clock = clock;
        this.owner = owner;
    }

    void record(Campaign campaign, @Nullable ClaimedMessage p, DeliveryResult result, SendTally tally) {
        if (p == null) {
            throw new IllegalStateException("the channel answered for a message it was not given");
        }
        SendKey key = p.queued().key();
        Instant at = clock.instant();
        switch (result) {
            case DeliveryResult.Delivered d -> {
                if (stores.queue().markSent(key, owner, at, d.providerMessageId())) {
                    sent(campaign, p, at, tally);
                } else {
                    lostLease(campaign, key);
                }
            }
            case DeliveryResult.TemporaryFailure f -> {
                Optional<Instant> next =
                        retry.nextAttempt(key.idempotencyKey(), p.queued().attempts(), at, f);
                if (next.isPresent()) {
                    stores.queue().markRetry(key, owner, next.get(), limit(f.reason()));
                    tally.retrying++;
                } else {
                    stores.queue()
                            .markFailed(
                                    key,
                                    owner,
                                    limit("gave up after " + p.queued().attempts() + " attempts: " + f.reason()));
                    tally.failed++;
                }
            }
            case DeliveryResult.PermanentFailure f -> {
                stores.queue().markFailed(key, owner, limit(f.code() + ": " + f.reason()));
                tally.failed++;
                if (f.suppressesRecipient()) {
                    stores.suppressions()
                            .add(new Suppression(
                                    p.address(),
                                    campaign.channel(),
                                    SuppressionReason.HARD_BOUNCE,
                                    at,
                                    limit(f.code())));
                    boolean first = stores.events()
                            .record(new CampaignEvent(
                                    "bounce:" + key.idempotencyKey(),
                                    campaign.id(),
                                    key.customerId(),
                                    CampaignEventKind.BOUNCE,
                                    at,
                                    limit(f.code() + ": " + f.reason()),
                                    0));
                    if (first) {
                        MessageWebhooks.bounced(
                                webhooks, campaign.id(), key.customerId(), campaign.channel(), f.code());
                    }
                }
            }
        }
    }

    void sent(Campaign campaign, ClaimedMessage p, Instant at, SendTally tally) {
        SendKey key = p.queued().key();
        stores.contacts()
                .record(new Contact(key.customerId(), campaign.id(), key.occurrence(), campaign.channel(), at));
        boolean first = stores.events()
                .record(new CampaignEvent(
                        "sent:" + key.idempotencyKey(),
                        campaign.id(),
                        key.customerId(),
                        CampaignEventKind.SENT,
                        at,
                        "",
                        0));
        if (first) {
            MessageWebhooks.sent(webhooks, campaign.id(), key.customerId(), campaign.channel());
        }
        experiments.exposure(campaign, key.customerId(), p.queued().variant());
        tally.sent++;
    }

    void skip(SendTally tally, SendKey key, String reason) {
        stores.queue().markSkipped(key, owner, reason);
        tally.skipped++;
    }

    void lostLease(Campaign campaign, SendKey key) {
        // another worker took the message after our lease lapsed; its record stands, ours is dropped
        LOG.warn(
                "campaign={} lease lapsed before a message was recorded owner={} key_hash={}",
                campaign.id(),
                owner,
                Integer.toHexString(key.idempotencyKey().hashCode()));
    }

    private static String limit(String text) {
        return text.length() <= FieldLimits.NOTE ? text : text.substring(0, FieldLimits.NOTE - 1) + "…";
    }
}
