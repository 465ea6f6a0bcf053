package io.marketpilot.app.demo;

import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Event;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.core.domain.Product;
import io.marketpilot.journeys.definition.Prediction;
import io.marketpilot.journeys.entry.EntryRule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The demo journeys' traffic, SIMULATED and seeded: who signs up, who leaves a cart, who orders and when, planned
 * before anything is stored. Whether an entrant orders depends on whether the journey holds them out (the entry rule's
 * sticky holdout, the same the entrance applies), at made-up rates that give each journey a lift to show; none of
 * these rates is a measured result.
 */
final class JourneyTraffic {
    static final int SIGNUPS = 120;
    static final int CARTS = 360;
    /** Made-up rates: welcome (ordered, by arm), page views of new sign-ups, carts finished within the grace wait. */
    static final double WELCOME_ORDER = 0.25;

    static final double WELCOME_ORDER_HELD_OUT = 0.08;
    static final double VIEW_AFTER_SIGNUP = 0.6;
    static final double CART_FINISHED_AT_ONCE = 0.15;
    static final double CART_ORDER = 0.22;
    static final double CART_ORDER_HELD_OUT = 0.07;
    static final double WIN_BACK_ORDER = 0.15;
    static final double WIN_BACK_ORDER_HELD_OUT = 0.04;

    /** Something that happens at a moment of the simulation. */
    sealed interface Happening {
        Instant at();
    }

    /** A customer's event, stored beforehand, reaches the journeys' entrance. */
    record EventArrives(Instant at, Event event) implements Happening {}

    /** A customer placed an order (stored beforehand): their journeys look at it now. */
    record OrderPlaced(Instant at, String customerId) implements Happening {}

    /** The customer-value model was refitted: figures before and after, by customer. */
    record ModelRefreshed(
            Instant at, Map<String, Map<Prediction, Double>> before, Map<String, Map<Prediction, Double>> after)
            implements Happening {}

    /** A new customer who signs up during the simulation. */
    record SignUp(Customer customer, Instant at) {}

    /** The plan: new customers, events and orders to store, and the happenings in time order. */
    record Plan(List<SignUp> signUps, List<Event> events, List<Order> orders, List<Happening> happenings) {
        Plan {
            happenings = happenings.stream()
                    .sorted(Comparator.comparing(Happening::at))
                    .toList();
        }
    }

    private final SplittableRandom random;
    private final Instant start;
    private final Instant end;
    private final List<Product> catalogue;
    private final List<SignUp> signUps = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Order> orders = new ArrayList<>();
    private final List<Happening> happenings = new ArrayList<>();

    JourneyTraffic(long seed, Instant start, Instant end, List<Product> catalogue) {
        this.random = new SplittableRandom(seed);
        this.start = start;
        this.end = end;
        this.catalogue = List.copyOf(catalogue);
    }

    /** New customers sign up; some browse; the welcome series' entrants order at their arm's rate. */
    void signUps(String journeyId, double holdout, List<Customer> templates, int firstNumber) {
        for (int i = 0; i < SIGNUPS; i++) {
            Customer like = templates.get(random.nextInt(templates.size()));
            String id = String.format(Locale.ROOT, "C%05d", firstNumber + i);
            Instant at = within(Duration.ofDays(12));
            Customer c = new Customer(
                    id,
                    id.toLowerCase(Locale.ROOT) + "@example.com",
                    null,
                    like.country(),
                    like.city(),
                    at.atZone(ZoneOffset.UTC).toLocalDate());
            signUps.add(new SignUp(c, at));
            event("demo-signup-" + id, "signed_up", id, null, at);
            if (random.nextDouble() < VIEW_AFTER_SIGNUP) {
                // some browse within the series' three days, some later: those are sent the follow-up
                Instant viewed = at.plus(minutes(180, 5 * 24 * 60));
                event("demo-view-" + id, "page_view", id, product().id(), viewed);
            }
            boolean heldOut = EntryRule.isHeldOut(journeyId, id, holdout);
            if (random.nextDouble() < (heldOut ? WELCOME_ORDER_HELD_OUT : WELCOME_ORDER)) {
                order(id, c.country(), at.plus(minutes(240, 6 * 24 * 60)));
            }
        }
    }

    /** Existing customers put a product in their cart; some finish at once, the rest order at their arm's rate. */
    void carts(String journeyId, double holdout, List<Customer> shoppers) {
        List<Customer> pool = new ArrayList<>(shoppers);
        for (int i = 0; i < CARTS && !pool.isEmpty(); i++) {
            Customer c = pool.remove(random.nextInt(pool.size()));
            Instant at = within(Duration.ofDays(13));
            Product product = product();
            event("demo-cart-" + c.id(), "add_to_cart", c.id(), product.id(), at);
            boolean heldOut = EntryRule.isHeldOut(journeyId, c.id(), holdout);
            if (random.nextDouble() < CART_FINISHED_AT_ONCE) {
                order(c.id(), c.country(), at.plus(minutes(20, 210)));
            } else if (random.nextDouble() < (heldOut ? CART_ORDER_HELD_OUT : CART_ORDER)) {
                order(c.id(), c.country(), at.plus(minutes(5 * 60, 3 * 24 * 60)));
            }
        }
    }

    /** A model refresh at {@code at} whose crossers enter the win-back; they order at their arm's rate. */
    void refresh(
            Instant at,
            Map<String, Map<Prediction, Double>> before,
            Map<String, Map<Prediction, Double>> after,
            List<String> entrants,
            String journeyId,
            double holdout,
            Map<String, Customer> customers) {
        happenings.add(new ModelRefreshed(at, before, after));
        for (String id : entrants) {
            boolean heldOut = EntryRule.isHeldOut(journeyId, id, holdout);
            if (random.nextDouble() < (heldOut ? WIN_BACK_ORDER_HELD_OUT : WIN_BACK_ORDER)) {
                Customer c = customers.get(id);
                order(id, c == null ? null : c.country(), at.plus(minutes(60, 7 * 24 * 60)));
            }
        }
    }

    /** The orders planned so far (the win-back's model refresh reads those before it). */
    List<Order> orders() {
        return List.copyOf(orders);
    }

    Plan plan() {
        return new Plan(signUps, events, orders, happenings);
    }

    private void event(String id, String type, String customerId, @Nullable String productId, Instant at) {
        if (at.isAfter(end)) {
            return;
        }
        Event e = new Event(id, type, customerId, productId, LocalDateTime.ofInstant(at, ZoneOffset.UTC), Map.of());
        events.add(e);
        happenings.add(new EventArrives(at, e));
    }

    private void order(String customerId, @Nullable String country, Instant at) {
        if (at.isAfter(end)) {
            return;
        }
        Product p = product();
        int quantity = 1 + random.nextInt(2);
        double price = DemoCatalog.price(p);
        orders.add(new Order(
                String.format(Locale.ROOT, "DEMO-JOURNEY-%04d", orders.size() + 1),
                customerId,
                LocalDateTime.ofInstant(at, ZoneOffset.UTC).withSecond(0).withNano(0),
                country,
                OrderKind.SALE,
                List.of(new OrderLine(1, p.id(), quantity, price, Math.round(100 * quantity * price) / 100.0))));
        happenings.add(new OrderPlaced(at, customerId));
    }

    private Product product() {
        return catalogue.get(random.nextInt(catalogue.size()));
    }

    private Instant within(Duration span) {
        return start.plus(Duration.ofMinutes(random.nextLong(span.toMinutes())));
    }

    private Duration minutes(int from, int to) {
        return Duration.ofMinutes(from + random.nextInt(to - from));
    }
}
