package io.marketpilot.app.campaign;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a campaign went: the send queue by state, what recipients did, who was left out and why, and the lift against
 * the holdout over orders in the attribution window.
 *
 * @param reachesRecipients false when its messages went to the outbox: stored, not delivered
 * @param queue messages by state (wire names), states with none absent
 * @param events campaign events by kind (sent, open, click, unsubscribe, bounce, …)
 * @param customersWithEvents distinct customers with at least one event of each kind
 * @param resolvedAt when its audience was resolved for sending, or null before it was scheduled
 * @param leftOut customers left out per reason at scheduling, every reason listed
 * @param lift recipients against the holdout, or null before the campaign was scheduled
 */
public record CampaignReport(
        String campaignId,
        String name,
        String status,
        String delivery,
        boolean reachesRecipients,
        Map<String, Long> queue,
        Map<String, Long> events,
        Map<String, Long> customersWithEvents,
        @Nullable Instant resolvedAt,
        long recipients,
        Map<String, Long> leftOut,
        @Nullable HoldoutLiftView lift) {
    public CampaignReport {
        queue = Map.copyOf(queue);
        events = Map.copyOf(events);
        customersWithEvents = Map.copyOf(customersWithEvents);
        leftOut = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(leftOut));
    }
}
