package io.marketpilot.app.demo;

import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Event;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.core.domain.Product;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * A seeded generator of the sample shop: customers drawn from {@link Persona}s, two years of orders with a
 * Christmas peak and some returns, and behavioural events. The same seed gives the same shop.
 */
final class DemoShop {
    static final LocalDate START = LocalDate.of(2024, 11, 1);
    static final LocalDate END = LocalDate.of(2026, 10, 31);
    private static final String[][] COUNTRIES = {
        {"United Kingdom", "London"}, {"United Kingdom", "Manchester"}, {"Germany", "Berlin"}, {"Germany", "Munich"},
        {"France", "Lyon"}, {"Netherlands", "Utrecht"}, {"Spain", "Valencia"}, {"United States", "Chicago"},
        {"United States", "Austin"}, {"China", "Shanghai"}, {"China", "Shenzhen"}, {"Singapore", "Singapore"},
        {"Taiwan", "Taipei"}
    };

    final List<Customer> customers = new ArrayList<>();
    final Map<String, Persona> personas = new java.util.HashMap<>();
    final List<Order> orders = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final List<Product> products;
    private final Random random;
    private final long days = ChronoUnit.DAYS.between(START, END);

    DemoShop(long seed, int customerCount) {
        this.random = new Random(seed);
        this.products = DemoCatalog.products(random);
        for (int i = 1; i <= customerCount; i++) {
            addCustomer(String.format(Locale.ROOT, "C%05d", i));
        }
        addNewsletters();
    }

    /** True when the customer writes in Chinese (their country is Chinese-speaking). */
    boolean chineseSpeaking(@Nullable String customerId) {
        return customers.stream()
                .filter(c -> c.id().equals(customerId))
                .anyMatch(c -> List.of("China", "Singapore", "Taiwan").contains(c.country()));
    }

    private void addCustomer(String id) {
        Persona persona = Persona.draw(random.nextDouble());
        String[] place = COUNTRIES[random.nextInt(COUNTRIES.length)];
        LocalDate first = firstOrderDate(persona);
        LocalDate signup = first.minusDays(random.nextInt(30));
        customers.add(new Customer(id, id.toLowerCase(Locale.ROOT) + "@example.com", null, place[0], place[1], signup));
        personas.put(id, persona);
        LocalDate last = START.plusDays((long) (days * persona.activeTo));
        LocalDate day = first;
        int n = 0;
        // each customer buys at their own pace around the persona's (gamma-distributed, shape 2), as BG/NBD assumes
        double gap = persona.meanGapDays * gamma2(random) / 2;
        while (!day.isAfter(last) && !day.isAfter(END)) {
            addOrder(id, persona, place[0], day, ++n);
            if (random.nextDouble() < persona.dropout) {
                break;
            }
            if (persona.meanGapDays == 0) {
                day = nextGiftSeason(persona, day);
            } else {
                day = day.plusDays(1 + (long) (-Math.log(1 - random.nextDouble()) * gap));
            }
        }
    }

    /** A Gamma(2, 1) draw: the sum of two unit exponentials. */
    private static double gamma2(Random random) {
        return -Math.log(1 - random.nextDouble()) - Math.log(1 - random.nextDouble());
    }

    private LocalDate firstOrderDate(Persona persona) {
        if (persona == Persona.GIFT) {
            return LocalDate.of(2024 + random.nextInt(2), 11, 15).plusDays(random.nextInt(38));
        }
        double from = persona.activeFrom;
        double span = persona == Persona.LAPSED ? 0.3 : persona.activeTo - from;
        return START.plusDays((long) (days * (from + random.nextDouble() * span)));
    }

    /** Gift buyers come back the next December half the time; one-off buyers never. */
    private LocalDate nextGiftSeason(Persona persona, LocalDate day) {
        if (persona == Persona.GIFT && random.nextBoolean()) {
            return LocalDate.of(day.getYear() + (day.getMonthValue() >= 11 ? 1 : 0), 11, 20)
                    .plusDays(random.nextInt(30));
        }
        return END.plusDays(1);
    }

    private void addOrder(String customerId, Persona persona, String country, LocalDate day, int n) {
        if (seasonalSkip(day)) {
            return;
        }
        LocalDateTime at = day.atTime(preferredHour(customerId), random.nextInt(60));
        String orderId = "O-" + customerId.substring(1) + "-" + n;
        List<OrderLine> lines = new ArrayList<>();
        int count = 1 + (random.nextDouble() < 0.35 ? 1 + random.nextInt(3) : 0);
        for (int i = 1; i <= count; i++) {
            Product p = pick(persona);
            double qty = 1
                    + (p.id().startsWith("CAB") || p.id().startsWith("SCR")
                            ? random.nextInt(3)
                            : random.nextInt(10) == 0 ? 1 : 0);
            double price = Math.round(DemoCatalog.price(p) * (persona == Persona.BARGAIN ? 0.85 : 1.0) * 100) / 100.0;
            lines.add(new OrderLine(i, p.id(), qty, price, Math.round(qty * price * 100) / 100.0));
            events.add(event(
                    "page_view",
                    customerId,
                    p.id(),
                    at.minusMinutes(5 + random.nextInt(600)),
                    Map.of("source", source())));
        }
        orders.add(new Order(orderId, customerId, at, country, OrderKind.SALE, lines));
        if (random.nextDouble() < 0.04 && day.plusDays(27).isBefore(END)) {
            OrderLine l = lines.getFirst();
            orders.add(new Order(
                    "R-" + orderId.substring(2),
                    customerId,
                    at.plusDays(7 + random.nextInt(20)),
                    country,
                    OrderKind.RETURN,
                    List.of(new OrderLine(1, l.productId(), -l.quantity(), l.unitPrice(), -l.amount()))));
        }
    }

    /** Thins out orders outside the November–December peak, giving the revenue chart its seasonality. */
    private boolean seasonalSkip(LocalDate day) {
        int m = day.getMonthValue();
        double keep = m == 11 || m == 12 ? 1.0 : m == 1 || m == 8 ? 0.6 : 0.8;
        return random.nextDouble() > keep;
    }

    private int preferredHour(String customerId) {
        int base = Math.floorMod(customerId.hashCode(), 3) == 0
                ? 8
                : Math.floorMod(customerId.hashCode(), 3) == 1 ? 13 : 20;
        return Math.min(23, base + random.nextInt(3));
    }

    private Product pick(Persona persona) {
        String family = persona.families.get(random.nextInt(persona.families.size()));
        List<Product> inFamily = products.stream()
                .filter(p -> DemoCatalog.family(p.id()).equals(family))
                .toList();
        int index = persona.priceFactor > 1 ? inFamily.size() - 1 - random.nextInt(2) : random.nextInt(inFamily.size());
        return inFamily.get(Math.max(0, index));
    }

    private String source() {
        String[] sources = {"search", "email", "social", "direct"};
        return sources[random.nextInt(sources.length)];
    }

    /** A monthly newsletter to a sample of customers, with opens and clicks. */
    private void addNewsletters() {
        for (LocalDate month = START; month.isBefore(END); month = month.plusMonths(1)) {
            String campaign = "newsletter-" + month.toString().substring(0, 7);
            for (Customer c : customers) {
                LocalDate signup = c.signupDate();
                if (signup == null || signup.isAfter(month) || random.nextDouble() > 0.35) {
                    continue;
                }
                boolean engaged = personas.get(c.id()) == Persona.LOYAL || random.nextDouble() < 0.3;
                if (engaged) {
                    LocalDateTime at = month.plusDays(2).atTime(7 + random.nextInt(14), random.nextInt(60));
                    events.add(event("email_open", c.id(), null, at, Map.of("campaign", campaign)));
                    if (random.nextDouble() < 0.3) {
                        events.add(event(
                                "email_click",
                                c.id(),
                                null,
                                at.plusMinutes(1 + random.nextInt(20)),
                                Map.of("campaign", campaign)));
                    }
                }
            }
        }
    }

    private Event event(
            String type, String customerId, @Nullable String productId, LocalDateTime at, Map<String, String> props) {
        return new Event("E" + (events.size() + 1), type, customerId, productId, at, props);
    }
}
