package io.marketpilot.app.insight;

import io.marketpilot.copilot.tools.RepeatGap;
import io.marketpilot.predict.clv.RfmSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who has gone quiet beyond what p(alive) can say. BG/NBD gives p(alive) 1 to a customer without a repeat purchase
 * however long ago they bought, so such a one-off buyer counts as lapsing once the days since their only purchase day
 * exceed the shop's typical repeat gap ({@link RepeatGap}). Derived once per fit from the summaries the customer-value
 * model was fitted on, for the copilot's tools and the "at risk" lists alike.
 *
 * @param byCustomer each customer's BTYD summary (repeat purchase days, recency and age in weeks)
 * @param gap the shop's typical repeat gap; empty when nobody bought twice
 */
public record Lapses(Map<String, RfmSummary> byCustomer, Optional<RepeatGap> gap) {
    /** The BTYD summaries count time in weeks. */
    private static final double DAYS_PER_WEEK = 7.0;

    public Lapses {
        byCustomer = Map.copyOf(byCustomer);
    }

    static Lapses of(List<RfmSummary> summaries) {
        Map<String, RfmSummary> byCustomer = new HashMap<>();
        summaries.forEach(c -> byCustomer.put(c.customerId(), c));
        // each repeat buyer's mean gap between purchase days, t_x / x
        double[] gaps = summaries.stream()
                .filter(c -> c.frequency() > 0)
                .mapToDouble(c -> c.recency() * DAYS_PER_WEEK / c.frequency())
                .toArray();
        return new Lapses(byCustomer, RepeatGap.of(gaps));
    }

    public Optional<RfmSummary> history(String customerId) {
        return Optional.ofNullable(byCustomer.get(customerId));
    }

    /** Days from the customer's last purchase day to the end of the data the model was fitted on. */
    public static double daysSinceLastPurchase(RfmSummary history) {
        return (history.age() - history.recency()) * DAYS_PER_WEEK;
    }

    /** Whether the customer bought on one day only and has been silent for longer than the shop's repeat gap. */
    public boolean lapsedOneOff(String customerId) {
        return history(customerId)
                .flatMap(h -> gap.map(g -> g.lapsed(h.frequency(), daysSinceLastPurchase(h))))
                .orElse(false);
    }
}
