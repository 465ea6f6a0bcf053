package io.marketpilot.profiling.persona;

import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.core.domain.Product;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What each segment buys more than the shop as a whole: per category (or per product, when the catalogue has no
 * categories, as the UCI Online Retail file), the share of the segment's members who bought it against the share
 * of all segmented customers — the lift. A shop's best-sellers are bought by every segment and so have a lift
 * near 1; they distinguish nothing. An item counts only with at least {@value #MIN_BUYERS} buyers in the segment
 * and {@value #MIN_PENETRATION} of its members, so that one odd purchase cannot top the list, and only with a lift
 * of at least {@value #MIN_LIFT}.
 */
public final class DistinguishingItems {
    public static final int MAX_ITEMS = 3;
    public static final int MIN_BUYERS = 5;
    public static final double MIN_PENETRATION = 0.10;
    public static final double MIN_LIFT = 1.2;

    /** Whether the items are categories or products. */
    public enum Kind {
        CATEGORY,
        PRODUCT
    }

    /**
     * One item a segment buys more than average.
     *
     * @param name the category, or the product's name (its id when it has none)
     * @param buyers members of the segment who bought it
     * @param penetration buyers / segment size
     * @param populationPenetration buyers among all segmented customers / their number
     * @param lift penetration / population penetration
     */
    public record Item(String name, int buyers, double penetration, double populationPenetration, double lift) {}

    /** The kind of item and, per segment, its distinguishing items, highest lift first. */
    public record Result(Kind kind, List<List<Item>> perSegment) {
        public Result {
            perSegment = perSegment.stream().map(List::copyOf).toList();
        }

        public List<Item> of(int segment) {
            return segment < perSegment.size() ? perSegment.get(segment) : List.of();
        }
    }

    private DistinguishingItems() {}

    /**
     * The items (categories, or products when the catalogue has none) each segment buys notably more than everyone.
     *
     * @param customerIds the segmented customers, in label order
     * @param labels each customer's segment
     * @param cutoff only sales strictly before it count, as for the features
     */
    public static Result find(
            List<String> customerIds,
            int[] labels,
            int k,
            List<Order> orders,
            List<Product> products,
            LocalDateTime cutoff) {
        Map<String, Integer> row = new HashMap<>(customerIds.size() * 2);
        for (int i = 0; i < customerIds.size(); i++) {
            row.put(customerIds.get(i), i);
        }
        boolean categorised = products.stream()
                .anyMatch(p -> p.category() != null && !p.category().isBlank());
        Map<String, String> itemOfProduct = new HashMap<>();
        for (Product p : products) {
            String item = categorised ? p.category() : p.name();
            if (item != null && !item.isBlank()) {
                itemOfProduct.put(p.id(), item.strip());
            }
        }
        Map<String, int[]> buyersPerSegment = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Order order : orders) {
            Integer customer = order.customerId() == null ? null : row.get(order.customerId());
            if (customer == null
                    || order.kind() != OrderKind.SALE
                    || !order.orderedAt().isBefore(cutoff)) {
                continue;
            }
            for (OrderLine line : order.lines()) {
                // postage and fees are bought by everyone who orders: they tell nothing about a segment's taste
                if (!line.kind().isProduct()) {
                    continue;
                }
                String item = item(line.productId(), itemOfProduct, categorised);
                // a customer counts once per item, however often they bought it
                if (item != null && seen.add(customer + "\u0000" + item)) {
                    buyersPerSegment.computeIfAbsent(item, x -> new int[k])[labels[customer]]++;
                }
            }
        }
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        int n = labels.length;
        List<List<Item>> perSegment = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            List<Item> items = new ArrayList<>();
            for (var entry : buyersPerSegment.entrySet()) {
                int[] counts = entry.getValue();
                int all = 0;
                for (int c : counts) {
                    all += c;
                }
                double penetration = (double) counts[s] / sizes[s];
                double population = (double) all / n;
                double lift = penetration / population;
                if (counts[s] >= MIN_BUYERS && penetration >= MIN_PENETRATION && lift >= MIN_LIFT) {
                    items.add(new Item(entry.getKey(), counts[s], penetration, population, lift));
                }
            }
            // ties by name, so the order does not depend on hashing
            items.sort(Comparator.comparingDouble((Item i) -> -i.lift()).thenComparing(Item::name));
            perSegment.add(items.subList(0, Math.min(MAX_ITEMS, items.size())));
        }
        return new Result(categorised ? Kind.CATEGORY : Kind.PRODUCT, perSegment);
    }

    /** The item a line counts towards, or null when it counts towards none (no product, or no category). */
    private static @Nullable String item(
            @Nullable String productId, Map<String, String> itemOfProduct, boolean categorised) {
        if (productId == null) {
            return null;
        }
        String item = itemOfProduct.get(productId);
        // products missing from the catalogue have no category; as products they are known by their id
        return item != null ? item : categorised ? null : productId;
    }
}
