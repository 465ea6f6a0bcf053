package io.marketpilot.app.insight;

import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.store.EventRepository;
import io.marketpilot.core.store.OrderRepository;
import io.marketpilot.core.store.ProductRepository;
import io.marketpilot.predict.clv.ClvHorizon;
import io.marketpilot.predict.clv.CustomerValue;
import io.marketpilot.predict.sendtime.SendTimeModel;
import io.marketpilot.predict.sendtime.SendTimeRecommendation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The predictive models fitted on the store's orders, refitted when the orders change (their count or latest date),
 * so pages and API calls reuse one fit. Fitting the sample shop takes well under a second.
 */
public final class StorePredictions {
    /** One customer's value with their history, for lists such as "at risk, high value". */
    public record CustomerOutlook(
            String customerId, double revenue, int orders, double pAlive, double expectedPurchases, double clv) {
        public double churnRisk() {
            return 1 - pAlive;
        }
    }

    /** Everything fitted at one state of the orders. */
    public record Snapshot(
            String stamp,
            CustomerValues.Fitted clv,
            Map<String, CustomerOutlook> outlooks,
            SendTimeModel sendTimes,
            ChannelPreferences channels) {}

    private final OrderRepository orders;
    private final ProductRepository products;
    private final EventRepository events;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    public StorePredictions(OrderRepository orders, ProductRepository products, EventRepository events) {
        this.orders = orders;
        this.products = products;
        this.events = events;
    }

    /** A customer's preferred channel from their engagement events. */
    public Optional<ChannelPreferences.Preference> channel(String customerId) {
        return snapshot().channels().of(customerId);
    }

    /** Weekly revenue forecasts over the store's orders (see {@link Forecasts}). */
    public List<Forecasts.Result> forecast(String by, int horizon, int origins, Map<String, String> segments) {
        List<Order> all = new ArrayList<>();
        orders.forEach(all::add);
        return Forecasts.run(all, products.all(), by, segments, horizon, origins);
    }

    public Snapshot snapshot() {
        Snapshot s = current.get();
        if (s != null && s.stamp().equals(OrderHistory.stamp(orders) + "/" + events.count())) {
            return s;
        }
        OrderHistory history = OrderHistory.load(orders);
        Snapshot fresh = fit(history.stamp() + "/" + events.count(), history.orders());
        current.set(fresh);
        return fresh;
    }

    public Optional<CustomerOutlook> outlook(String customerId) {
        return Optional.ofNullable(snapshot().outlooks().get(customerId));
    }

    public Optional<SendTimeRecommendation> sendTime(String customerId) {
        return snapshot().sendTimes().recommend(customerId);
    }

    /**
     * Customers whose past revenue is in the top quarter and whose probability of still being active is below
     * {@code maxPAlive}: the ones worth a win-back before they are gone. Highest revenue first.
     */
    public List<CustomerOutlook> atRiskHighValue(double maxPAlive) {
        List<CustomerOutlook> all = new ArrayList<>(snapshot().outlooks().values());
        double[] revenue =
                all.stream().mapToDouble(CustomerOutlook::revenue).sorted().toArray();
        double threshold = revenue.length == 0 ? 0 : revenue[(int) Math.floor(0.75 * (revenue.length - 1))];
        return all.stream()
                .filter(o -> o.revenue() >= threshold && o.pAlive() < maxPAlive)
                .sorted(Comparator.comparingDouble(CustomerOutlook::revenue).reversed())
                .toList();
    }

    private Snapshot fit(String stamp, List<Order> all) {
        CustomerValues.Fitted fitted = CustomerValues.fit(all, Optional.empty());
        Map<String, double[]> history = new HashMap<>();
        for (Order o : all) {
            if (o.customerId() != null) {
                double[] h = history.computeIfAbsent(o.customerId(), id -> new double[2]);
                h[0] += o.merchandiseTotal();
                h[1] += o.kind() == OrderKind.SALE ? 1 : 0;
            }
        }
        Map<String, CustomerOutlook> outlooks = new HashMap<>();
        for (CustomerValue v : fitted.model().predict(fitted.summaries().customers(), ClvHorizon.oneYear())) {
            double[] h = history.getOrDefault(v.customerId(), new double[2]);
            outlooks.put(
                    v.customerId(),
                    new CustomerOutlook(v.customerId(), h[0], (int) h[1], v.pAlive(), v.expectedPurchases(), v.clv()));
        }
        return new Snapshot(stamp, fitted, outlooks, CustomerValues.sendTimes(all), ChannelPreferences.of(allEvents()));
    }

    private List<io.marketpilot.core.domain.Event> allEvents() {
        return io.marketpilot.core.page.Page.readAll(events::list);
    }
}
