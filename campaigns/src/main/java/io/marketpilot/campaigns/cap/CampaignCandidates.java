package io.marketpilot.campaigns.cap;

import io.marketpilot.core.campaign.Campaign;
import java.util.List;

/** A campaign and the customers it could send to, in the order it would reach them, before frequency caps; repeats are dropped. */
public record CampaignCandidates(Campaign campaign, List<String> customerIds) {
    public CampaignCandidates {
        // a customer named twice would otherwise take two of their own cap slots
        customerIds = List.copyOf(new java.util.LinkedHashSet<>(customerIds));
    }
}
