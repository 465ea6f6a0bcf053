package io.marketpilot.app.campaign;

import io.marketpilot.app.webhook.WebhookEvents;
import io.marketpilot.core.audit.AuditLog;
import io.marketpilot.core.campaign.AddressHasher;
import io.marketpilot.core.campaign.CampaignEvent;
import io.marketpilot.core.campaign.CampaignEventKind;
import io.marketpilot.core.campaign.Suppression;
import io.marketpilot.core.campaign.SuppressionReason;
import io.marketpilot.core.input.FieldLimits;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Providers' reports of what became of messages after they left (the delivery webhook): a hard bounce or a complaint
 * puts the address on the suppression list at once, as an SMTP permanent failure does, and becomes a campaign event
 * when the message's key names a campaign; a soft bounce changes nothing. The report is recorded in the audit log by
 * its counts, never its addresses.
 */
public final class DeliveryReports {
    private final CampaignStores stores;
    private final AddressHasher hasher;
    private final AuditLog audit;
    private final WebhookEvents webhooks;
    private final Clock clock;

    DeliveryReports(CampaignStores stores, AddressHasher hasher, AuditLog audit, WebhookEvents webhooks, Clock clock) {
        this.stores = stores;
        this.hasher = hasher;
        this.audit = audit;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /** Applies a provider's notices; {@code source} names the provider or door for the audit log. */
    public DeliveryReportResult record(List<DeliveryNotice> notices, String source) {
        Instant now = clock.instant();
        int suppressed = 0;
        int events = 0;
        int ignored = 0;
        for (DeliveryNotice notice : notices) {
            Optional<SuppressionReason> reason =
                    switch (notice.kind()) {
                        case HARD_BOUNCE -> Optional.of(SuppressionReason.HARD_BOUNCE);
                        case COMPLAINT -> Optional.of(SuppressionReason.COMPLAINT);
                        case SOFT_BOUNCE -> Optional.empty();
                    };
            if (reason.isEmpty()) {
                ignored++;
                continue;
            }
            boolean added = stores.suppressions()
                    .add(new Suppression(
                            hasher.hash(notice.channel(), notice.recipient()),
                            notice.channel(),
                            reason.get(),
                            now,
                            "reported by " + limit(source, FieldLimits.NOTE - 12)));
            suppressed += added ? 1 : 0;
            events += event(notice, now) ? 1 : 0;
        }
        audit.record(
                source,
                "delivery.report",
                "webhook",
                "notices=" + notices.size() + " suppressed=" + suppressed + " events=" + events + " ignored="
                        + ignored);
        return new DeliveryReportResult(notices.size(), suppressed, events, ignored);
    }

    /** The bounce or complaint as an event of the campaign its key names, once per message and kind. */
    private boolean event(DeliveryNotice notice, Instant now) {
        Optional<String[]> key = notice.messageKey()
                .map(k -> k.split("/", 2))
                .filter(parts -> parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank());
        if (key.isEmpty()) {
            return false;
        }
        String campaignId = key.get()[0];
        String customerId = key.get()[1];
        if (stores.campaigns().find(campaignId).isEmpty()) {
            return false;
        }
        CampaignEventKind kind =
                notice.kind() == DeliveryNotice.Kind.COMPLAINT ? CampaignEventKind.COMPLAINT : CampaignEventKind.BOUNCE;
        String id = kind.wireName() + ":" + campaignId + "/" + customerId;
        if (id.length() > FieldLimits.EVENT_ID) {
            return false; // no message of ours has a key this long
        }
        boolean first = stores.events()
                .record(new CampaignEvent(
                        id,
                        campaignId,
                        customerId,
                        kind,
                        now,
                        "reported by the provider: " + notice.kind().wireName(),
                        0));
        if (first && kind == CampaignEventKind.BOUNCE) {
            MessageWebhooks.bounced(
                    webhooks,
                    campaignId,
                    customerId,
                    stores.campaigns().find(campaignId).orElseThrow().channel(),
                    notice.kind().wireName());
        }
        return first;
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
