package io.marketpilot.app.insight;

import io.marketpilot.app.jobs.ModelJobs;
import io.marketpilot.app.jobs.Published;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.store.EventRepository;
import io.marketpilot.core.store.OrderRepository;
import io.marketpilot.core.store.ProductRepository;
import io.marketpilot.predict.clv.ClvHorizon;
import io.marketpilot.predict.clv.CustomerValue;
import io.marketpilot.predict.sendtime.SendTimeModel;
import io.marketpilot.predict.sendtime.SendTimeRecommendation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The predictive models fitted on the store: customer value (BG/NBD and Gamma-Gamma), send times and the daily sales
 * that forecasts read are fitted on the orders and rebuilt when they change (their count or latest date); channel
 * preferences are counted from the events and rebuilt when their count changes, so a burst of experiment events does
 * not refit customer value. Both are {@link Published}: on the server, reads serve the latest build.
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
            CustomerValues.Fitted clv,
            Map<String, CustomerOutlook> outlooks,
            SendTimeModel sendTimes,
            DailySales sales,
            Rankings rankings,
            Lapses lapses) {}

    /** The outlooks sorted once per fit, so listings page through them instead of sorting on every read. */
    public record Rankings(List<CustomerOutlook> byRevenue, List<CustomerOutlook> byClv, List<CustomerOutlook> byRisk) {
        static Rankings of(Map<String, CustomerOutlook> outlooks) {
            return new Rankings(
                    sorted(
                            outlooks,
                            Comparator.comparingDouble(CustomerOutlook::revenue).reversed()),
                    sorted(
                            outlooks,
                            Comparator.comparingDouble(CustomerOutlook::clv).reversed()),
                    sorted(outlooks, Comparator.comparingDouble(CustomerOutlook::pAlive)));
        }

        private static List<CustomerOutlook> sorted(
                Map<String, CustomerOutlook> outlooks, Comparator<CustomerOutlook> order) {
            return outlooks.values().stream()
                    .sorted(order.thenComparing(CustomerOutlook::customerId))
                    .toList();
        }
    }

    private final Published<Snapshot> fitted;
    private final Published<ChannelPreferences> channels;

    public StorePredictions(
            OrderRepository orders, ProductRepository products, EventRepository events, ModelJobs jobs, Clock clock) {
        this.fitted = Published.of(
                "customer-value",
                // the forecasts' categories come from the catalogue
                () -> OrderHistory.stamp(orders.changeStamp(), products.all()),
                () -> fit(orders, products),
                jobs,
                clock);
        this.channels = Published.of(
                "channel-preferences", () -> "events:" + events.count(), () -> channels(events), jobs, clock);
    }

    /** A customer's preferred channel from their engagement events. */
    public Optional<ChannelPreferences.Preference> channel(String customerId) {
        return channels.latest().flatMap(c -> c.of(customerId));
    }

    /** Weekly revenue forecasts over the store's orders (see {@link Forecasts}). */
    public List<Forecasts.Result> forecast(String by, int horizon, int origins, Map<String, String> segments) {
        return Forecasts.run(snapshot().sales(), by, segments, horizon, origins);
    }

    public Snapshot snapshot() {
        return fitted.get();
    }

    /** The fitted models' publication (status, explicit refits). */
    public Published<Snapshot> model() {
        return fitted;
    }

    public Optional<CustomerOutlook> outlook(String customerId) {
        return fitted.latest().map(s -> s.outlooks().get(customerId));
    }

    public Optional<SendTimeRecommendation> sendTime(String customerId) {
        return fitted.latest().flatMap(s -> s.sendTimes().recommend(customerId));
    }

    /**
     * Customers whose past revenue is in the top quarter and who look lapsed: their probability of still being active
     * is below {@code maxPAlive}, or they bought on one day only and have been silent for longer than the shop's
     * typical repeat gap (BG/NBD gives such a customer p(alive) 1 whatever their recency; see {@link Lapses}). The
     * ones worth a win-back before they are gone, highest revenue first.
     */
    public List<AtRiskCustomer> atRiskHighValue(double maxPAlive) {
        Snapshot s = snapshot();
        List<CustomerOutlook> byRevenue = s.rankings().byRevenue();
        double[] revenue =
                byRevenue.stream().mapToDouble(CustomerOutlook::revenue).toArray();
        double threshold =
                revenue.length == 0 ? 0 : revenue[revenue.length - 1 - (int) Math.floor(0.75 * (revenue.length - 1))];
        List<AtRiskCustomer> atRisk = new ArrayList<>();
        for (CustomerOutlook o : byRevenue) {
            if (o.revenue() < threshold) {
                break;
            }
            AtRiskCustomer.of(o, maxPAlive, s.lapses()).ifPresent(atRisk::add);
        }
        return atRisk;
    }

    private static Snapshot fit(OrderRepository orders, ProductRepository products) {
        List<Order> all = new ArrayList<>();
        orders.forEach(all::add);
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
        return new Snapshot(
                fitted,
                outlooks,
                CustomerValues.sendTimes(all),
                DailySales.of(all, products.all()),
                Rankings.of(outlooks),
                Lapses.of(fitted.summaries().customers()));
    }

    private static ChannelPreferences channels(EventRepository events) {
        ChannelPreferences.Counter counter = new ChannelPreferences.Counter();
        events.forEach(counter::add);
        return counter.preferences();
    }
}
