package io.marketpilot.core.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The figures the overview, customer and product pages show, summed over orders and their lines. */
public interface SalesAnalytics {

    /** Headline numbers: revenue is net of returns; average order value counts sales only. */
    record Kpis(
            long customers,
            long products,
            long orders,
            long returns,
            double revenue,
            double averageOrderValue,
            long reviews,
            @Nullable LocalDateTime firstOrder,
            @Nullable LocalDateTime lastOrder) {}

    /** Net revenue and the number of sales of one calendar month ({@code yyyy-MM}). */
    record MonthRevenue(String month, double revenue, long orders) {}

    /** One product's net revenue, quantity and the number of orders it was in. */
    record ProductRevenue(String productId, String name, double revenue, double quantity, long orders) {}

    /** One customer's sales, net revenue and the dates of their first and last order. */
    record CustomerSummary(
            long orders,
            double revenue,
            @Nullable LocalDateTime firstOrder,
            @Nullable LocalDateTime lastOrder) {}

    /** The row counts of the tables the figures count (cheap: no sums), part of what identifies their state. */
    String tableCounts();

    /** The headline numbers of the whole shop. */
    Kpis kpis();

    /** Net revenue and sale count per calendar month, oldest first, of one product or of all. */
    List<MonthRevenue> revenueByMonth(Optional<String> productId);

    /** The {@code limit} products with the highest net revenue, highest first. */
    List<ProductRevenue> topProducts(int limit);

    /** One customer's figures (zero orders when they have none). */
    CustomerSummary customer(String customerId);
}
