package io.marketpilot.campaigns.report;

import java.util.Optional;

/**
 * What one recipient or holdout customer did within the attribution window.
 *
 * @param order the attributed order, if they converted
 */
public record CustomerOutcome(String customerId, Optional<OrderFact> order) {
    public boolean converted() {
        return order.isPresent();
    }

    /** The attributed order's revenue; 0 without one. */
    public double revenue() {
        return order.map(OrderFact::revenue).orElse(0.0);
    }
}
