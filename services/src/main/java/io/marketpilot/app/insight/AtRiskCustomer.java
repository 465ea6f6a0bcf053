package io.marketpilot.app.insight;

import java.util.Optional;

/**
 * A high-value customer who looks lapsed, and why.
 *
 * @param reason {@code low_p_alive} (the model's probability that they are still active is under the threshold) or
 *     {@code lapsed_one_off} (one purchase day, silent for longer than the shop's typical repeat gap)
 * @param daysSinceLastPurchase days from their last purchase day to the end of the fitted data
 */
public record AtRiskCustomer(
        String customerId,
        double revenue,
        int orders,
        double pAlive,
        double expectedPurchases,
        double clv,
        String reason,
        double daysSinceLastPurchase) {
    public static final String LOW_P_ALIVE = "low_p_alive";
    public static final String LAPSED_ONE_OFF = "lapsed_one_off";

    /** The customer as at risk, when either reason holds. */
    static Optional<AtRiskCustomer> of(StorePredictions.CustomerOutlook o, double maxPAlive, Lapses lapses) {
        String reason =
                o.pAlive() < maxPAlive ? LOW_P_ALIVE : lapses.lapsedOneOff(o.customerId()) ? LAPSED_ONE_OFF : "";
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        double days = lapses.history(o.customerId())
                .map(Lapses::daysSinceLastPurchase)
                .orElse(0.0);
        return Optional.of(new AtRiskCustomer(
                o.customerId(), o.revenue(), o.orders(), o.pAlive(), o.expectedPurchases(), o.clv(), reason, days));
    }

    public double churnRisk() {
        return 1 - pAlive;
    }
}
