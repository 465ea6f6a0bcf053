package io.marketpilot.content.brief;

import java.util.List;
import java.util.Optional;

/**
 * What the store knows about one customer that copy may use.
 *
 * @param customerId the customer
 * @param firstName their first name when the store has one
 * @param facts plain sentences from their profile, e.g. "orders about every 40 days"
 * @param recentPurchases names of products they bought lately, newest first
 * @param picks names of products recommended for them ("picked for you")
 */
public record CustomerFacts(
        String customerId,
        Optional<String> firstName,
        List<String> facts,
        List<String> recentPurchases,
        List<String> picks) {
    public CustomerFacts {
        facts = List.copyOf(facts);
        recentPurchases = List.copyOf(recentPurchases);
        picks = List.copyOf(picks);
    }
}
