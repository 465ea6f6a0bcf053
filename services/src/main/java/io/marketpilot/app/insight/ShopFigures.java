package io.marketpilot.app.insight;

import io.marketpilot.app.jobs.ModelJobs;
import io.marketpilot.app.jobs.Published;
import io.marketpilot.core.store.OrderRepository;
import io.marketpilot.core.store.SalesAnalytics;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The shop's headline figures (counts, revenue, revenue by month, best-selling products), summed over every order line
 * once per change of the data rather than on every overview: at half a million lines the sums took seconds a read.
 * A product's own months stay a live query (an index range of its lines).
 */
public final class ShopFigures {
    static final int MAX_TOP = 100;

    /** The figures at one state of the store. */
    public record Figures(
            SalesAnalytics.Kpis kpis,
            List<SalesAnalytics.MonthRevenue> months,
            List<SalesAnalytics.ProductRevenue> top) {}

    private final SalesAnalytics analytics;
    private final Published<Figures> figures;

    public ShopFigures(SalesAnalytics analytics, OrderRepository orders, ModelJobs jobs, Clock clock) {
        this.analytics = analytics;
        this.figures = Published.of(
                "shop-figures",
                () -> orders.changeStamp() + "/" + analytics.tableCounts(),
                () -> new Figures(
                        analytics.kpis(), analytics.revenueByMonth(Optional.empty()), analytics.topProducts(MAX_TOP)),
                jobs,
                clock);
    }

    public SalesAnalytics.Kpis kpis() {
        return figures.get().kpis();
    }

    public List<SalesAnalytics.MonthRevenue> revenueByMonth(Optional<String> productId) {
        return productId.isPresent()
                ? analytics.revenueByMonth(productId)
                : figures.get().months();
    }

    /** The best sellers, {@code limit} at most {@value #MAX_TOP}. */
    public List<SalesAnalytics.ProductRevenue> topProducts(int limit) {
        List<SalesAnalytics.ProductRevenue> top = figures.get().top();
        return top.subList(0, Math.min(limit, top.size()));
    }

    public SalesAnalytics.CustomerSummary customer(String customerId) {
        return analytics.customer(customerId);
    }
}
