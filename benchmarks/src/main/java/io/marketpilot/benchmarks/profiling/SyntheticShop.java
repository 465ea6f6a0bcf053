package io.marketpilot.benchmarks.profiling;

import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Event;
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
import org.jspecify.annotations.Nullable;

/**
 * A seeded shop shaped like the UCI Online Retail data set (one year, ~4,400 customers, ~26,000 invoices,
 * ~540,000 lines, heavy-tailed orders per customer, some anonymous sales and returns) for benchmarks.
 *
 * @param customers the customers
 * @param orders sales, returns and anonymous sales
 * @param products the catalogue; every tenth product has no category
 * @param events e-mail and web events of the last four months
 * @param asOf the day after the last order
 */
public record SyntheticShop(
        List<Customer> customers, List<Order> orders, List<Product> products, List<Event> events, LocalDate asOf) {

    private static final LocalDate START = LocalDate.of(2010, 12, 1);
    private static final int DAYS = 373;
    private static final String[] EVENT_TYPES = {"email_open", "page_view", "email_click", "add_to_cart"};

    public static SyntheticShop generate(int customerCount, int saleOrders, long seed) {
        var random = new SplittableRandom(seed);
        List<Product> products = products(4_000, random);
        List<Customer> customers = new ArrayList<>(customerCount);
        for (int c = 0; c < customerCount; c++) {
            customers.add(new Customer("c" + c, null, null, c % 10 == 0 ? "FR" : "GB", null, null));
        }
        // every customer but a few buys once; the rest of the orders go to a heavy-tailed minority
        double[] cumulative = new double[customerCount];
        double total = 0;
        for (int c = 0; c < customerCount; c++) {
            total += Math.pow(c + 10, -1.1);
            cumulative[c] = total;
        }
        List<Order> orders = new ArrayList<>(saleOrders + saleOrders / 6);
        int guaranteed = customerCount - customerCount / 50;
        for (int o = 0; o < saleOrders; o++) {
            int c = o < guaranteed ? o : pick(cumulative, random.nextDouble() * total);
            orders.add(sale("s" + o, "c" + c, products, random));
        }
        for (int r = 0; r < saleOrders / 7; r++) {
            orders.add(returned("r" + r, "c" + random.nextInt(customerCount), products, random));
        }
        for (int a = 0; a < saleOrders / 20; a++) {
            orders.add(sale("a" + a, null, products, random));
        }
        LocalDate asOf = START.plusDays(DAYS);
        return new SyntheticShop(customers, orders, products, events(customerCount, 150_000, asOf, random), asOf);
    }

    private static List<Product> products(int count, SplittableRandom random) {
        List<Product> products = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            String category =
                    p % 10 == 9 ? null : "category-" + (int) Math.floor(30 * Math.pow(random.nextDouble(), 2));
            double price = Math.round(Math.exp(0.5 + 1.2 * random.nextGaussian()) * 100) / 100.0 + 0.1;
            products.add(new Product("p" + p, "Product " + p, category, null, price, null, null, null));
        }
        return products;
    }

    private static int pick(double[] cumulative, double target) {
        int index = java.util.Arrays.binarySearch(cumulative, target);
        return Math.min(cumulative.length - 1, index >= 0 ? index : -index - 1);
    }

    private static LocalDateTime time(SplittableRandom random) {
        return START.plusDays(random.nextInt(DAYS)).atTime(8 + random.nextInt(12), random.nextInt(60));
    }

    /** A sale; {@code customerId} is null for a guest checkout, as real shop exports have them. */
    private static Order sale(String id, @Nullable String customerId, List<Product> products, SplittableRandom random) {
        int count = 1 + random.nextInt(41);
        List<OrderLine> lines = new ArrayList<>(count);
        for (int l = 0; l < count; l++) {
            Product product = products.get(random.nextInt(products.size()));
            double quantity = 1 + random.nextInt(24);
            double price = priceOf(product);
            lines.add(new OrderLine(l + 1, product.id(), quantity, price, quantity * price));
        }
        return new Order(id, customerId, time(random), "GB", OrderKind.SALE, lines);
    }

    /** The synthetic catalogue prices every product. */
    private static double priceOf(Product product) {
        Double price = product.price();
        if (price == null) {
            throw new IllegalStateException("synthetic product " + product.id() + " has no price");
        }
        return price;
    }

    private static Order returned(String id, String customerId, List<Product> products, SplittableRandom random) {
        Product product = products.get(random.nextInt(products.size()));
        double quantity = -(1 + random.nextInt(6));
        double price = priceOf(product);
        var line = new OrderLine(1, product.id(), quantity, price, quantity * price);
        return new Order(id, customerId, time(random), "GB", OrderKind.RETURN, List.of(line));
    }

    private static List<Event> events(int customers, int count, LocalDate asOf, SplittableRandom random) {
        List<Event> events = new ArrayList<>(count);
        for (int e = 0; e < count; e++) {
            double u = random.nextDouble();
            String type = EVENT_TYPES[u < 0.4 ? 0 : u < 0.8 ? 1 : u < 0.95 ? 2 : 3];
            LocalDateTime at = asOf.minusDays(1 + random.nextInt(120)).atTime(random.nextInt(24), random.nextInt(60));
            events.add(new Event("e" + e, type, "c" + random.nextInt(customers), null, at, Map.of()));
        }
        return events;
    }

    public int lineCount() {
        int lines = 0;
        for (Order order : orders) {
            lines += order.lines().size();
        }
        return lines;
    }

    /** Its size in one line, printed beside the timings. */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "synthetic shop: %,d customers, %,d orders, %,d lines, %,d products, %,d events",
                customers.size(),
                orders.size(),
                lineCount(),
                products.size(),
                events.size());
    }
}
