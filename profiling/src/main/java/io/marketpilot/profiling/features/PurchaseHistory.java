package io.marketpilot.profiling.features;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderLine;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Per-customer order totals in primitive arrays, filled in one pass over the orders. Adjustments are ignored:
 * they are bookkeeping entries (bad debt, postage corrections), not customer behaviour.
 */
final class PurchaseHistory {
    static final int WEEKDAYS = 7;
    static final int HOURS = 24;

    final int customers;
    final int shareColumns;
    final double[] sold;
    final double[] returned;
    final double[] units;
    final double[] seasonal;
    final int[] saleOrders;
    final long[] firstOrderSecond;
    final long[] firstSaleSecond;
    final long[] lastSaleSecond;
    final int[] weekdayOrders;
    final int[] hourOrders;
    final double[] categorySpend;
    final @Nullable String[] lastSaleCountry;

    private PurchaseHistory(int customers, int shareColumns) {
        this.customers = customers;
        this.shareColumns = shareColumns;
        sold = new double[customers];
        returned = new double[customers];
        units = new double[customers];
        seasonal = new double[customers];
        saleOrders = new int[customers];
        firstOrderSecond = filled(customers, Long.MAX_VALUE);
        firstSaleSecond = filled(customers, Long.MAX_VALUE);
        lastSaleSecond = filled(customers, Long.MIN_VALUE);
        weekdayOrders = new int[customers * WEEKDAYS];
        hourOrders = new int[customers * HOURS];
        categorySpend = new double[customers * shareColumns];
        lastSaleCountry = new String[customers];
    }

    private static long[] filled(int n, long value) {
        long[] values = new long[n];
        java.util.Arrays.fill(values, value);
        return values;
    }

    /** The orders that count: a known customer, placed before the cutoff, first occurrence of the id. */
    record Relevant(List<Order> orders, int[] customerOf, double[] saleSpendByCategory) {}

    static Relevant select(
            List<Order> orders, Map<String, Integer> customerIndex, CategoryIndex categories, LocalDateTime cutoff) {
        List<Order> kept = new ArrayList<>();
        int[] customerOf = new int[orders.size()];
        double[] spend = new double[categories.size()];
        var seen = new HashSet<String>();
        for (Order order : orders) {
            if (order.customerId() == null) {
                continue;
            }
            Integer customer = customerIndex.get(order.customerId());
            if (customer == null) {
                continue;
            }
            if (order.orderedAt() == null || order.kind() == null) {
                throw MarketPilotException.invalid("order '" + order.id() + "' has no date or no kind");
            }
            // an id seen twice is the same order exported twice; counting it again would double its lines
            if (!order.orderedAt().isBefore(cutoff) || !seen.add(order.id())) {
                continue;
            }
            customerOf[kept.size()] = customer;
            kept.add(order);
            if (order.kind() == io.marketpilot.core.domain.OrderKind.SALE) {
                for (OrderLine line : order.lines()) {
                    if (line.kind().isProduct()) {
                        spend[categories.categoryOf(line.productId())] += line.amount();
                    }
                }
            }
        }
        return new Relevant(kept, java.util.Arrays.copyOf(customerOf, kept.size()), spend);
    }

    static PurchaseHistory accumulate(
            Relevant relevant, int customers, CategoryIndex categories, CategoryIndex.Columns columns) {
        var history = new PurchaseHistory(customers, columns.names().size());
        List<Order> orders = relevant.orders();
        for (int o = 0; o < orders.size(); o++) {
            history.add(orders.get(o), relevant.customerOf()[o], categories, columns.columnOf());
        }
        return history;
    }

    private void add(Order order, int c, CategoryIndex categories, int[] columnOf) {
        LocalDateTime at = order.orderedAt();
        long second = at.toEpochSecond(ZoneOffset.UTC);
        switch (order.kind()) {
            case SALE -> addSale(order, c, at, second, categories, columnOf);
            case RETURN -> {
                firstOrderSecond[c] = Math.min(firstOrderSecond[c], second);
                for (OrderLine line : order.lines()) {
                    // sources disagree on the sign of returned amounts; the value returned is the magnitude
                    if (line.kind().isProduct()) {
                        returned[c] += Math.abs(line.amount());
                    }
                }
            }
            case ADJUSTMENT -> {}
        }
    }

    private void addSale(Order order, int c, LocalDateTime at, long second, CategoryIndex categories, int[] columnOf) {
        double value = 0;
        double quantity = 0;
        int base = c * shareColumns;
        for (OrderLine line : order.lines()) {
            // the goods only: postage, fees and vouchers say nothing about what the customer likes or spends on them
            if (!line.kind().isMerchandise()) {
                continue;
            }
            value += line.amount();
            if (line.kind().isProduct()) {
                quantity += line.quantity();
                categorySpend[base + columnOf[categories.categoryOf(line.productId())]] += line.amount();
            }
        }
        sold[c] += value;
        units[c] += quantity;
        saleOrders[c]++;
        if (at.getMonthValue() >= 11) {
            seasonal[c] += value;
        }
        firstOrderSecond[c] = Math.min(firstOrderSecond[c], second);
        firstSaleSecond[c] = Math.min(firstSaleSecond[c], second);
        if (second >= lastSaleSecond[c]) {
            lastSaleSecond[c] = second;
            lastSaleCountry[c] = order.country();
        }
        weekdayOrders[c * WEEKDAYS + at.getDayOfWeek().getValue() - 1]++;
        hourOrders[c * HOURS + at.getHour()]++;
    }

    /** The index of the largest count in {@code counts[from, from + width)}, earliest on ties. */
    static int mode(int[] counts, int from, int width) {
        int best = 0;
        for (int i = 1; i < width; i++) {
            if (counts[from + i] > counts[from + best]) {
                best = i;
            }
        }
        return best;
    }
}
