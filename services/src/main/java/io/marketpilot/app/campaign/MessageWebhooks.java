package io.marketpilot.app.campaign;

import io.marketpilot.app.webhook.WebhookEvents;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.webhook.WebhookEventType;
import java.util.Map;

/**
 * The campaign's messages as webhook events. Each event's id is named by the message (campaign and customer), so the
 * same message announced twice (a resend after a lapsed lease, a provider's repeated report) reaches a subscriber once.
 */
final class MessageWebhooks {
    private MessageWebhooks() {}

    static void sent(WebhookEvents webhooks, String campaignId, String customerId, ChannelKind channel) {
        webhooks.publish(
                WebhookEventType.MESSAGE_SENT,
                "message.sent:" + campaignId + "/" + customerId,
                Map.of("campaignId", campaignId, "customerId", customerId, "channel", channel.wireName()));
    }

    /** A hard bounce: the send refused the address, or the provider reported it later. */
    static void bounced(
            WebhookEvents webhooks, String campaignId, String customerId, ChannelKind channel, String reason) {
        webhooks.publish(
                WebhookEventType.MESSAGE_BOUNCED,
                "message.bounced:" + campaignId + "/" + customerId,
                Map.of(
                        "campaignId",
                        campaignId,
                        "customerId",
                        customerId,
                        "channel",
                        channel.wireName(),
                        "reason",
                        reason));
    }
}
