package io.marketpilot.app.campaign;

import io.marketpilot.campaigns.fairness.AudienceFairness;
import io.marketpilot.campaigns.fairness.ComparedAttributes;
import io.marketpilot.campaigns.fairness.FairnessThreshold;
import io.marketpilot.core.store.CustomerAttributes;
import io.marketpilot.core.store.CustomerRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The review's fairness comparison: a campaign's recipients and left-out customers against the whole customer base by
 * country, by age band and by every imported attribute with few enough values ({@link ComparedAttributes}), judged by
 * the four-fifths rule ({@link FairnessThreshold#FOUR_FIFTHS}).
 */
final class CampaignFairness {
    private final CustomerRepository customers;
    private final CustomerAttributes attributes;
    private final Clock clock;

    CampaignFairness(CustomerRepository customers, CustomerAttributes attributes, Clock clock) {
        this.customers = customers;
        this.attributes = attributes;
        this.clock = clock;
    }

    FairnessView review(Set<String> recipients, Set<String> leftOut) {
        Map<String, String> countries = new HashMap<>();
        customers.forEach(c -> countries.put(c.id(), c.country() == null ? "" : c.country()));
        Map<String, Map<String, String>> imported = new HashMap<>();
        attributes.forEach((id, values) -> {
            if (countries.containsKey(id)) {
                imported.put(id, values);
            }
        });
        ComparedAttributes compared =
                ComparedAttributes.choose(countries, imported, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        return FairnessView.of(
                AudienceFairness.review(compared.base(), recipients, leftOut, FairnessThreshold.FOUR_FIFTHS),
                compared.skipped());
    }
}
