package io.marketpilot.campaigns.report;

import io.marketpilot.core.MarketPilotException;
import java.time.Instant;

/** A sale order as attribution reads it: whose, when, and its net revenue. */
public record OrderFact(String customerId, String orderId, Instant at, double revenue) {
    public OrderFact {
        if (!Double.isFinite(revenue)) {
            throw MarketPilotException.invalid("Order " + orderId + " has a revenue that is not a number");
        }
    }
}
