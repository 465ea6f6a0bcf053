package io.marketpilot.app.insight;

import io.marketpilot.core.domain.Order;
import io.marketpilot.core.store.OrderRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every stored order with a stamp of the store's order state (count and latest date): models fitted on the orders
 * compare stamps to know when to refit.
 */
record OrderHistory(List<Order> orders, String stamp) {
    static OrderHistory load(OrderRepository repository) {
        List<Order> all = new ArrayList<>();
        repository.forEach(all::add);
        String latest = all.stream()
                .map(Order::orderedAt)
                .max(Comparator.naturalOrder())
                .map(Object::toString)
                .orElse("");
        return new OrderHistory(all, all.size() + "@" + latest);
    }

    /**
     * Identifies what a model of the orders and the catalogue read: the orders' stamp and a fingerprint of the
     * products (a changed category or description changes it).
     */
    static String stamp(String orderStamp, List<io.marketpilot.core.domain.Product> catalogue) {
        return orderStamp + "/products:" + catalogue.size() + ":" + Integer.toHexString(catalogue.hashCode());
    }

    /** The stamp {@link #load} would give, read without loading the orders. */
    static String stamp(OrderRepository repository) {
        return repository.changeStamp();
    }
}
