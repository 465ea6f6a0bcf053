package io.marketpilot.app.insight;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.Order;
import io.marketpilot.predict.clv.ClvHorizon;
import io.marketpilot.predict.clv.CustomerValue;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Churn risk (1 − P(alive), BG/NBD) per customer as of a segmentation's date, fitted on the orders before it, so
 * that persona names can be checked against the same figure the Segments page shows. A model that cannot be fitted
 * (too few repeat buyers) leaves the names to the recency and overdue rules, and the provenance says why.
 *
 * @param perCustomer churn risk per customer id, when the model could be fitted
 * @param provenance the model and date, or why there is none
 */
public record SegmentChurnRisk(Optional<Map<String, Double>> perCustomer, String provenance) {

    public static SegmentChurnRisk asOf(List<Order> orders, LocalDate asOf) {
        List<Order> before = orders.stream()
                .filter(o -> o.orderedAt().toLocalDate().isBefore(asOf))
                .toList();
        try {
            CustomerValues.Fitted fitted = CustomerValues.fit(before, Optional.of(asOf.minusDays(1)));
            Map<String, Double> risk = new HashMap<>();
            for (CustomerValue v : fitted.model().predict(fitted.summaries().customers(), ClvHorizon.oneYear())) {
                risk.put(v.customerId(), v.churnRisk());
            }
            return new SegmentChurnRisk(Optional.of(risk), "churn risk: BG/NBD as of " + asOf.minusDays(1));
        } catch (MarketPilotException | ArithmeticException e) {
            return new SegmentChurnRisk(Optional.empty(), "churn risk: none (" + e.getMessage() + ")");
        }
    }
}
