package io.marketpilot.campaigns.cap;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.Campaign;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides who gets what when campaigns scheduled for the same cap period overlap: campaigns take each customer's
 * remaining cap in priority order (higher first; at equal priority the one created first, then the smaller id), so a
 * low-priority newsletter cannot use up the slot a high-priority offer needs.
 */
public final class CampaignPriority {
    /** Who takes the cap first: higher priority, then created earlier, then smaller id (so the order is total). */
    public static final Comparator<Campaign> FIRST_TO_TAKE_THE_CAP = Comparator.comparingInt(Campaign::priority)
            .reversed()
            .thenComparing(Campaign::createdAt)
            .thenComparing(Campaign::id);

    private CampaignPriority() {}

    /**
     * Shares out the cap among overlapping campaigns.
     *
     * @param campaigns each campaign with the customers it could reach, in any order; ids must differ
     * @param received messages each customer already received in the cap period (absent: none)
     * @return one allocation per campaign, in the order they took the cap
     */
    public static List<CapAllocation> allocate(
            List<CampaignCandidates> campaigns, Map<String, Integer> received, FrequencyCap cap) {
        var ids = new HashSet<String>();
        for (CampaignCandidates c : campaigns) {
            if (!ids.add(c.campaign().id())) {
                throw MarketPilotException.invalid("Campaign '" + c.campaign().id() + "' is listed twice");
            }
        }
        List<CampaignCandidates> ordered = new ArrayList<>(campaigns);
        ordered.sort(Comparator.comparing(CampaignCandidates::campaign, FIRST_TO_TAKE_THE_CAP));
        Map<String, Integer> taken = new HashMap<>(received);
        var allocations = new LinkedHashMap<String, CapAllocation>();
        for (CampaignCandidates c : ordered) {
            List<String> allowed = new ArrayList<>();
            List<String> capped = new ArrayList<>();
            for (String customer : c.customerIds()) {
                int count = taken.getOrDefault(customer, 0);
                if (cap.allowsAnother(count)) {
                    allowed.add(customer);
                    taken.put(customer, count + 1);
                } else {
                    capped.add(customer);
                }
            }
            allocations.put(c.campaign().id(), new CapAllocation(c.campaign().id(), allowed, capped));
        }
        return List.copyOf(allocations.values());
    }
}
