package io.marketpilot.app.insight;

import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.core.domain.Product;
import io.marketpilot.predict.forecast.Sale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Net sales in goods summed per day, by product category and by customer: all a forecast reads. Built once per state
 * of the orders, so a forecast request sums days in memory instead of reading every order line. Stock and bad-debt
 * adjustments, postage and fees are not demand and are left out; returns count against their day.
 */
public final class DailySales {
    static final String UNCATEGORISED = "uncategorised";
    static final String ANONYMOUS = "";

    private final Map<String, Map<LocalDate, Double>> byCategory = new HashMap<>();
    private final Map<String, Map<LocalDate, Double>> byCustomer = new HashMap<>();
    /** The first and last day with a sale; null while no sale was added. */
    private @Nullable LocalDate first;

    private @Nullable LocalDate last;

    private DailySales() {}

    public static DailySales of(Iterable<Order> orders, List<Product> products) {
        Map<String, String> category = new HashMap<>();
        products.forEach(p -> category.put(p.id(), p.category() == null ? UNCATEGORISED : p.category()));
        DailySales sales = new DailySales();
        for (Order o : orders) {
            if (o.kind() != OrderKind.ADJUSTMENT) {
                sales.add(o, category);
            }
        }
        return sales;
    }

    private void add(Order o, Map<String, String> category) {
        LocalDate day = o.orderedAt().toLocalDate();
        for (OrderLine l : o.lines()) {
            if (!l.kind().isMerchandise()) {
                continue;
            }
            String cat = l.productId() == null ? UNCATEGORISED : category.getOrDefault(l.productId(), UNCATEGORISED);
            byCategory.computeIfAbsent(cat, c -> new HashMap<>()).merge(day, l.amount(), Double::sum);
            String customer = o.customerId() == null ? ANONYMOUS : o.customerId();
            byCustomer.computeIfAbsent(customer, c -> new HashMap<>()).merge(day, l.amount(), Double::sum);
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }
    }

    public boolean isEmpty() {
        return first == null;
    }

    /** The first and last day with a sale (the observation period every series shares). */
    public Optional<LocalDate> firstDay() {
        return Optional.ofNullable(first);
    }

    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(last);
    }

    /** Every category's days under one key. */
    List<Sale> total() {
        return sales(byCategory, category -> "total");
    }

    List<Sale> byCategory() {
        return sales(byCategory, Function.identity());
    }

    /** Customers' days under their segment's name ({@code anonymous}, {@code unsegmented} for the rest). */
    List<Sale> bySegment(Map<String, String> segments) {
        return sales(
                byCustomer,
                customer -> customer.equals(ANONYMOUS) ? "anonymous" : segments.getOrDefault(customer, "unsegmented"));
    }

    private static List<Sale> sales(Map<String, Map<LocalDate, Double>> days, Function<String, String> key) {
        List<Sale> out = new ArrayList<>();
        days.forEach((group, amounts) -> {
            String k = key.apply(group);
            amounts.forEach((day, amount) -> out.add(new Sale(k, day, amount)));
        });
        return out;
    }
}
