package io.marketpilot.campaigns.cap;

import java.util.List;

/** What the frequency cap leaves one campaign: the customers it may send to, and those it may not. */
public record CapAllocation(String campaignId, List<String> allowed, List<String> capped) {
    public CapAllocation {
        allowed = List.copyOf(allowed);
        capped = List.copyOf(capped);
    }
}
