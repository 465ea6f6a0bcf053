package io.marketpilot.app.campaign;

import java.util.List;
import java.util.Optional;

/**
 * What one recipient's message is filled with.
 *
 * @param address where it goes: the e-mail address, or for SMS and webhook the customer id (the receiving system
 *     knows the number; the customer file holds none)
 * @param recommendedProducts product names picked for them by the recommender, best first (up to three)
 * @param offer the offer line for their customer-value band
 */
public record Recipient(
        String customerId,
        String address,
        Optional<String> name,
        Optional<String> country,
        List<String> recommendedProducts,
        String offer) {
    public Recipient {
        recommendedProducts = List.copyOf(recommendedProducts);
    }

    /** The same recipient at another address. */
    public Recipient withAddress(String newAddress) {
        return new Recipient(customerId, newAddress, name, country, recommendedProducts, offer);
    }

    /** The first word of their name, if they gave one. */
    public Optional<String> firstName() {
        return name.map(String::strip).filter(n -> !n.isEmpty()).map(n -> n.split("\\s+")[0]);
    }
}
