package io.marketpilot.profiling.features;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Event;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.Product;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Computes the customer feature snapshot as of a date from plain lists of customers, orders, products and events.
 *
 * <p>History is everything strictly before {@code asOf} (midnight starting that day). Customers with no sale in
 * that history are left out and counted. Orders of customers not in the list, and anonymous orders, are ignored.
 */
public final class CustomerFeatureExtractor {
    public static final int EVENT_WINDOW_DAYS = 90;
    public static final int DEFAULT_CATEGORY_COLUMNS = 12;
    public static final int DEFAULT_EVENT_COLUMNS = 8;
    private static final double SECONDS_PER_DAY = 86_400.0;

    private final int maxCategoryColumns;
    private final int maxEventColumns;

    public CustomerFeatureExtractor() {
        this(DEFAULT_CATEGORY_COLUMNS, DEFAULT_EVENT_COLUMNS);
    }

    public CustomerFeatureExtractor(int maxCategoryColumns, int maxEventColumns) {
        if (maxCategoryColumns < 0 || maxEventColumns < 0) {
            throw MarketPilotException.invalid("column limits must not be negative");
        }
        this.maxCategoryColumns = maxCategoryColumns;
        this.maxEventColumns = maxEventColumns;
    }

    /**
     * Builds the snapshot.
     *
     * @param sentiment review sentiment per customer id; when absent the sentiment column is omitted
     */
    public FeatureSnapshot extract(
            List<Customer> customers,
            List<Order> orders,
            List<Product> products,
            List<Event> events,
            Optional<Map<String, Double>> sentiment,
            LocalDate asOf) {
        if (asOf == null) {
            throw MarketPilotException.invalid("the as-of date is required");
        }
        Map<String, Integer> index = indexCustomers(customers);
        LocalDateTime cutoff = asOf.atStartOfDay();
        var categories = new CategoryIndex(products);
        var relevant = PurchaseHistory.select(orders, index, categories, cutoff);
        var shareColumns = categories.columns(relevant.saleSpendByCategory(), maxCategoryColumns);
        var history = PurchaseHistory.accumulate(relevant, customers.size(), categories, shareColumns);
        var eventCounts =
                EventCounts.count(events, index, cutoff.minusDays(EVENT_WINDOW_DAYS), cutoff, maxEventColumns);

        var definition = definition(shareColumns.names(), eventCounts.types, sentiment.isPresent());
        List<Integer> included = new ArrayList<>();
        for (int c = 0; c < customers.size(); c++) {
            if (history.saleOrders[c] > 0) {
                included.add(c);
            }
        }
        double[][] matrix = new double[included.size()][definition.columns().size()];
        List<String> ids = new ArrayList<>(included.size());
        List<String> countries = new ArrayList<>(included.size());
        long asOfDay = asOf.toEpochDay();
        for (int row = 0; row < included.size(); row++) {
            int c = included.get(row);
            Customer customer = customers.get(c);
            ids.add(customer.id());
            countries.add(country(customer, history.lastSaleCountry[c]));
            int next = fillBase(matrix[row], history, c, asOfDay);
            next = fillShares(matrix[row], next, history, c);
            next = fillEvents(matrix[row], next, eventCounts, c);
            if (sentiment.isPresent()) {
                Double score = sentiment.get().get(customer.id());
                matrix[row][next] = score == null ? Double.NaN : score;
            }
        }
        fillRfm(matrix, definition);
        return new FeatureSnapshot(asOf, definition, ids, matrix, countries, customers.size() - included.size());
    }

    private static Map<String, Integer> indexCustomers(List<Customer> customers) {
        Map<String, Integer> index = new HashMap<>(customers.size() * 2);
        for (int i = 0; i < customers.size(); i++) {
            if (index.putIfAbsent(customers.get(i).id(), i) != null) {
                throw MarketPilotException.invalid(
                        "customer '" + customers.get(i).id() + "' appears twice");
            }
        }
        return index;
    }

    private static FeatureDefinition definition(
            List<String> categories, List<String> eventTypes, boolean withSentiment) {
        List<FeatureColumn> columns = new ArrayList<>(FeatureDefinition.baseColumns());
        categories.forEach(category -> columns.add(FeatureDefinition.shareColumn(category)));
        eventTypes.forEach(type -> columns.add(FeatureDefinition.eventColumn(type)));
        if (withSentiment) {
            columns.add(FeatureDefinition.sentimentColumn());
        }
        return new FeatureDefinition(FeatureDefinition.VERSION, columns);
    }

    /** Writes the base columns in {@link FeatureDefinition#baseColumns()} order; returns the next column. */
    private static int fillBase(double[] row, PurchaseHistory h, int c, long asOfDay) {
        double sold = h.sold[c];
        int orders = h.saleOrders[c];
        long lastSaleDay = Math.floorDiv(h.lastSaleSecond[c], 86_400L);
        long firstOrderDay = Math.floorDiv(h.firstOrderSecond[c], 86_400L);
        double recency = asOfDay - lastSaleDay;
        double aov = sold / orders;
        row[0] = recency;
        row[1] = orders;
        row[2] = sold - h.returned[c];
        row[3] = aov;
        row[4] = h.units[c] > 0 ? sold / h.units[c] : aov;
        row[5] = sold > 0 ? Math.min(1.0, h.returned[c] / sold) : 0.0;
        row[6] = asOfDay - firstOrderDay;
        // one order gives no gap to average; the time since it is a lower bound on the next gap
        row[7] = orders > 1
                ? (h.lastSaleSecond[c] - h.firstSaleSecond[c]) / SECONDS_PER_DAY / (orders - 1)
                : (asOfDay * 86_400L - h.lastSaleSecond[c]) / SECONDS_PER_DAY;
        row[8] = sold > 0 ? Math.max(0.0, Math.min(1.0, h.seasonal[c] / sold)) : 0.0;
        // 9..11 are the RFM scores, filled once every row is known
        row[12] = 1 + PurchaseHistory.mode(h.weekdayOrders, c * PurchaseHistory.WEEKDAYS, PurchaseHistory.WEEKDAYS);
        row[13] = PurchaseHistory.mode(h.hourOrders, c * PurchaseHistory.HOURS, PurchaseHistory.HOURS);
        return 14;
    }

    private static int fillShares(double[] row, int next, PurchaseHistory h, int c) {
        double sold = h.sold[c];
        int base = c * h.shareColumns;
        for (int k = 0; k < h.shareColumns; k++) {
            row[next + k] = sold > 0 ? Math.max(0.0, h.categorySpend[base + k] / sold) : 0.0;
        }
        return next + h.shareColumns;
    }

    private static int fillEvents(double[] row, int next, EventCounts events, int c) {
        int width = events.types.size();
        for (int k = 0; k < width; k++) {
            row[next + k] = events.counts[c * width + k];
        }
        return next + width;
    }

    private static void fillRfm(double[][] matrix, FeatureDefinition definition) {
        int r = definition.indexOf(FeatureDefinition.RFM_R).orElseThrow();
        int f = definition.indexOf(FeatureDefinition.RFM_F).orElseThrow();
        int m = definition.indexOf(FeatureDefinition.RFM_M).orElseThrow();
        int[] rs = RfmScores.quintiles(column(matrix, 0), false);
        int[] fs = RfmScores.quintiles(column(matrix, 1), true);
        int[] ms = RfmScores.quintiles(column(matrix, 2), true);
        for (int i = 0; i < matrix.length; i++) {
            matrix[i][r] = rs[i];
            matrix[i][f] = fs[i];
            matrix[i][m] = ms[i];
        }
    }

    private static double[] column(double[][] matrix, int c) {
        double[] values = new double[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            values[i] = matrix[i][c];
        }
        return values;
    }

    private static String country(Customer customer, @Nullable String lastSaleCountry) {
        if (customer.country() != null && !customer.country().isBlank()) {
            return customer.country();
        }
        return lastSaleCountry != null && !lastSaleCountry.isBlank() ? lastSaleCountry : "unknown";
    }
}
