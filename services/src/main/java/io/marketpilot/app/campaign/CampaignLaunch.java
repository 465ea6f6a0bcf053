package io.marketpilot.app.campaign;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What scheduling a campaign did: its audience resolved and stored, its recipients queued with their send times.
 *
 * @param queued recipients newly queued (a repeated schedule queues nobody twice)
 * @param leftOut every leave-out reason with its count, 0 included
 * @param firstSendAt the earliest send time queued, or null when nobody was
 * @param lastSendAt the latest send time queued, or null when nobody was
 */
public record CampaignLaunch(
        String campaignId,
        String status,
        Instant resolvedAt,
        long recipients,
        long queued,
        Map<String, Long> leftOut,
        @Nullable Instant firstSendAt,
        @Nullable Instant lastSendAt,
        String delivery) {
    public CampaignLaunch {
        leftOut = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(leftOut));
    }
}
