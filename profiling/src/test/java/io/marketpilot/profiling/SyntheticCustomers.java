package io.marketpilot.profiling;

import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.core.domain.Product;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/** Seeded test shop whose customers follow one of four clearly different behaviours. */
public record SyntheticCustomers(
        List<Customer> customers, List<Order> orders, List<Product> products, Map<String, Behaviour> behaviourOf) {

    public static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);

    /** How a generated customer buys. */
    public enum Behaviour {
        /** 20–30 orders over two years, the last one within ten days, big baskets. */
        LOYAL,
        /** 8–12 orders that stopped 300–330 days ago. */
        AT_RISK,
        /** 1–2 orders in the last 25 days, joined recently. */
        NEW,
        /** a single order 400–700 days ago. */
        ONE_OFF
    }

    public static SyntheticCustomers generate(int perBehaviour, long seed) {
        var random = new SplittableRandom(seed);
        List<Product> products = new ArrayList<>();
        String[] categories = {"Kitchen", "Garden", "Toys", "Books"};
        for (int p = 0; p < 20; p++) {
            products.add(new Product("p" + p, "Product " + p, categories[p % 4], null, 10.0 + 2 * p, 100, null, null));
        }
        List<Customer> customers = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        var behaviourOf = new java.util.HashMap<String, Behaviour>();
        for (Behaviour behaviour : Behaviour.values()) {
            for (int i = 0; i < perBehaviour; i++) {
                String id = behaviour.name().toLowerCase(Locale.ROOT) + "-" + i;
                customers.add(new Customer(id, id + "@example.com", null, "DE", null, null));
                behaviourOf.put(id, behaviour);
                for (int daysAgo : orderDays(behaviour, random)) {
                    orders.add(
                            order(id, orders.size(), daysAgo, behaviour == Behaviour.LOYAL ? 5 : 2, products, random));
                }
            }
        }
        return new SyntheticCustomers(customers, orders, products, Map.copyOf(behaviourOf));
    }

    private static int[] orderDays(Behaviour behaviour, SplittableRandom random) {
        return switch (behaviour) {
            case LOYAL -> spread(random, 20 + random.nextInt(11), 1 + random.nextInt(10), 700);
            case AT_RISK -> spread(random, 8 + random.nextInt(5), 300 + random.nextInt(31), 700);
            case NEW -> spread(random, 1 + random.nextInt(2), 1 + random.nextInt(12), 25);
            case ONE_OFF -> new int[] {400 + random.nextInt(301)};
        };
    }

    /** {@code count} order days: the most recent at {@code last} days ago, the rest up to {@code first}. */
    private static int[] spread(SplittableRandom random, int count, int last, int first) {
        int[] days = new int[count];
        days[0] = last;
        for (int i = 1; i < count; i++) {
            days[i] = last + 1 + random.nextInt(Math.max(1, first - last));
        }
        return days;
    }

    private static Order order(
            String customerId, int number, int daysAgo, int lines, List<Product> products, SplittableRandom random) {
        LocalDateTime at = AS_OF.minusDays(daysAgo).atTime(9 + random.nextInt(10), random.nextInt(60));
        // keep clear of November–December so that no behaviour looks seasonal by accident
        if (at.getMonthValue() >= 11) {
            at = at.minusDays(61);
        }
        List<OrderLine> orderLines = new ArrayList<>();
        for (int l = 0; l < lines; l++) {
            Product product = products.get(random.nextInt(products.size()));
            double quantity = 1 + random.nextInt(3);
            orderLines.add(new OrderLine(l + 1, product.id(), quantity, product.price(), quantity * product.price()));
        }
        return new Order("o" + number, customerId, at, "DE", OrderKind.SALE, orderLines);
    }
}
