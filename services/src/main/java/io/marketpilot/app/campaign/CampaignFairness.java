package io.marketpilot.app.campaign;

import io.marketpilot.campaigns.fairness.AudienceFairness;
import io.marketpilot.campaigns.fairness.FairnessThreshold;
import io.marketpilot.core.store.CustomerRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The review's fairness comparison: a campaign's recipients and left-out customers against the whole customer base by
 * country, judged by the four-fifths rule ({@link FairnessThreshold#FOUR_FIFTHS}).
 */
final class CampaignFairness {
    static final String COUNTRY = "country";

    private final CustomerRepository customers;

    CampaignFairness(CustomerRepository customers) {
        this.customers = customers;
    }

    FairnessView review(Set<String> recipients, Set<String> leftOut) {
        Map<String, Map<String, String>> base = new HashMap<>();
        customers.forEach(c -> {
            String country = c.country();
            base.put(c.id(), country == null || country.isBlank() ? Map.of() : Map.of(COUNTRY, country.strip()));
        });
        if (base.values().stream().allMatch(Map::isEmpty)) {
            // nobody has a country: still one row, everyone "(unknown)", so the review says so
            base.replaceAll((id, none) -> Map.of(COUNTRY, AudienceFairness.UNKNOWN));
        }
        return FairnessView.of(AudienceFairness.review(base, recipients, leftOut, FairnessThreshold.FOUR_FIFTHS));
    }
}
