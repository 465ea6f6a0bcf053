package io.marketpilot.campaigns.report;

import io.marketpilot.core.MarketPilotException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which orders a campaign is credited with: for each customer, their first order at or after their send time and
 * before the window closes ({@code [sendAt, sendAt + window)}); later orders in the window do not count again. A
 * holdout customer was sent nothing, so the campaign's send time stands in for theirs: both groups are then measured
 * over the same span of days. Ties between orders at one instant go to the smaller order id.
 */
public record Attribution(Duration window) {
    public Attribution {
        if (window.isNegative() || window.isZero()) {
            throw MarketPilotException.invalid("An attribution window is positive, was " + window);
        }
    }

    /**
     * Each exposed customer's outcome, in the order of {@code exposedAt}.
     *
     * @param exposedAt each customer's send time (a holdout customer's: the campaign's, see {@link #everyoneAt})
     * @param orders sale orders of these and other customers, in any order
     */
    public List<CustomerOutcome> outcomes(Map<String, Instant> exposedAt, Collection<OrderFact> orders) {
        Map<String, OrderFact> first = new HashMap<>();
        Comparator<OrderFact> earlier = Comparator.comparing(OrderFact::at).thenComparing(OrderFact::orderId);
        for (OrderFact order : orders) {
            Instant sentAt = exposedAt.get(order.customerId());
            if (sentAt == null || order.at().isBefore(sentAt) || !order.at().isBefore(sentAt.plus(window))) {
                continue;
            }
            first.merge(order.customerId(), order, (a, b) -> earlier.compare(a, b) <= 0 ? a : b);
        }
        List<CustomerOutcome> outcomes = new ArrayList<>(exposedAt.size());
        for (String customer : exposedAt.keySet()) {
            outcomes.add(new CustomerOutcome(customer, Optional.ofNullable(first.get(customer))));
        }
        return outcomes;
    }

    /** The same instant for every customer: the campaign's send time, for its holdout. */
    public static Map<String, Instant> everyoneAt(Collection<String> customerIds, Instant at) {
        var exposed = new LinkedHashMap<String, Instant>();
        customerIds.forEach(id -> exposed.put(id, at));
        return exposed;
    }
}
