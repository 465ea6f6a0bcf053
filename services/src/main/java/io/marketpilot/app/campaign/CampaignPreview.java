package io.marketpilot.app.campaign;

import io.marketpilot.app.content.WordingReview;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A campaign's audience resolved now, without sending or storing anything: who would receive it, how many are left
 * out for each reason, and the messages of chosen or sample customers.
 *
 * @param leftOut every leave-out reason (wire names, in the resolver's order) with its count, 0 included
 * @param customers the chosen customers (or, when none were chosen, a few sample recipients)
 * @param delivery where the messages would go, e.g. {@code smtp mail.example:587} or {@code outbox: not delivered}
 * @param fairness the recipients and the left-out against the whole customer base by country, age band and imported
 *     attributes, with the groups the four-fifths rule flags and the attributes skipped
 * @param wording each content item's wording as the maintained word list and the second reader read it
 */
public record CampaignPreview(
        String campaignId,
        Instant resolvedAt,
        long candidates,
        long recipients,
        Map<String, Long> leftOut,
        List<PreviewedCustomer> customers,
        String delivery,
        FairnessView fairness,
        List<WordingReview> wording) {
    public CampaignPreview {
        wording = List.copyOf(wording);
        leftOut = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(leftOut));
        customers = List.copyOf(customers);
    }
}
