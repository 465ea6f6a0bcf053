package io.marketpilot.app.demo;

import io.marketpilot.app.insight.CustomerValues;
import io.marketpilot.core.domain.Order;
import io.marketpilot.journeys.definition.JourneyDefinition;
import io.marketpilot.journeys.definition.Prediction;
import io.marketpilot.journeys.entry.Signal;
import io.marketpilot.journeys.entry.Triggers;
import io.marketpilot.predict.clv.ClvHorizon;
import io.marketpilot.predict.clv.CustomerValue;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A weekly refresh of the customer-value model, as the demo simulates it: the product's own fit (BG/NBD and
 * Gamma-Gamma, {@link CustomerValues#fit}) as of a week before and as of the refresh day, each over the orders placed
 * by then. Customers who bought nothing in between grow riskier; those whose churn risk crosses the win-back's
 * threshold enter it.
 */
final class ChurnRefresh {
    private ChurnRefresh() {}

    /** Each customer's figures (churn risk, p(alive), CLV) from a fit as of {@code day}. */
    static Map<String, Map<Prediction, Double>> asOf(List<Order> orders, LocalDate day) {
        CustomerValues.Fitted fitted = CustomerValues.fit(orders, Optional.of(day));
        Map<String, Map<Prediction, Double>> figures = new HashMap<>();
        for (CustomerValue v : fitted.model().predict(fitted.summaries().customers(), ClvHorizon.oneYear())) {
            Map<Prediction, Double> f = new EnumMap<>(Prediction.class);
            f.put(Prediction.CHURN_RISK, v.churnRisk());
            f.put(Prediction.P_ALIVE, v.pAlive());
            f.put(Prediction.CLV, v.clv());
            figures.put(v.customerId(), f);
        }
        return figures;
    }

    /** The customers the journey's trigger enters on this refresh (its own rule, {@link Triggers#fires}). */
    static List<String> entering(
            JourneyDefinition journey,
            Map<String, Map<Prediction, Double>> before,
            Map<String, Map<Prediction, Double>> after) {
        return after.entrySet().stream()
                .filter(e -> Triggers.fires(
                        journey.trigger(),
                        new Signal.PredictionsRefreshed(before.getOrDefault(e.getKey(), Map.of()), e.getValue())))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
