package io.marketpilot.store.analytics;

import io.marketpilot.core.store.SalesAnalytics;
import io.marketpilot.store.Database;
import io.marketpilot.store.Sql;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@link SalesAnalytics} computed in SQL over orders and lines. */
public final class JdbcSalesAnalytics implements SalesAnalytics {
    private final Database db;

    /** When the first and the last order were placed; both absent when there is none. */
    private record OrderRange(
            @Nullable LocalDateTime first, @Nullable LocalDateTime last) {}

    public JdbcSalesAnalytics(Database db) {
        this.db = db;
    }

    /** The row counts of the tables the figures count (cheap: no sums), part of what identifies their state. */
    @Override
    public String tableCounts() {
        return db.jdbi()
                .withHandle(h -> "customers:" + count(h, "SELECT COUNT(*) FROM customers") + "/products:"
                        + count(h, "SELECT COUNT(*) FROM products") + "/reviews:"
                        + count(h, "SELECT COUNT(*) FROM reviews")
                        + "/lines:" + count(h, "SELECT COUNT(*) FROM order_lines"));
    }

    @Override
    public Kpis kpis() {
        return db.jdbi().withHandle(h -> {
            long customers = count(h, "SELECT COUNT(*) FROM customers");
            long products = count(h, "SELECT COUNT(*) FROM products");
            long orders = count(h, "SELECT COUNT(*) FROM orders WHERE kind = 'sale'");
            long returns = count(h, "SELECT COUNT(*) FROM orders WHERE kind = 'return'");
            long reviews = count(h, "SELECT COUNT(*) FROM reviews");
            double revenue = h.createQuery("SELECT COALESCE(SUM(amount), 0) FROM order_lines")
                    .mapTo(Double.class)
                    .one();
            double salesRevenue = h.createQuery("SELECT COALESCE(SUM(l.amount), 0) FROM order_lines l"
                            + " JOIN orders o ON o.id = l.order_id WHERE o.kind = 'sale'")
                    .mapTo(Double.class)
                    .one();
            var range = h.createQuery("SELECT MIN(ordered_at) AS lo, MAX(ordered_at) AS hi FROM orders")
                    .map((rs, ctx) -> new OrderRange(Sql.nullableDateTime(rs, "lo"), Sql.nullableDateTime(rs, "hi")))
                    .one();
            return new Kpis(
                    customers,
                    products,
                    orders,
                    returns,
                    revenue,
                    orders == 0 ? 0 : salesRevenue / orders,
                    reviews,
                    range.first(),
                    range.last());
        });
    }

    /** Net revenue and sale count per calendar month, oldest first. */
    @Override
    public List<MonthRevenue> revenueByMonth(Optional<String> productId) {
        String filter = productId.isPresent() ? " WHERE l.product_id = :product" : "";
        String sql = "SELECT EXTRACT(YEAR FROM o.ordered_at) AS y, EXTRACT(MONTH FROM o.ordered_at) AS m,"
                + " SUM(l.amount) AS revenue, COUNT(DISTINCT CASE WHEN o.kind = 'sale' THEN o.id END) AS orders"
                + " FROM orders o JOIN order_lines l ON l.order_id = o.id" + filter
                + " GROUP BY EXTRACT(YEAR FROM o.ordered_at), EXTRACT(MONTH FROM o.ordered_at) ORDER BY y, m";
        return db.jdbi().withHandle(h -> {
            var q = h.createQuery(sql);
            productId.ifPresent(p -> q.bind("product", p));
            return q.map((rs, ctx) -> new MonthRevenue(
                            String.format("%04d-%02d", rs.getInt("y"), rs.getInt("m")),
                            rs.getDouble("revenue"),
                            rs.getLong("orders")))
                    .list();
        });
    }

    @Override
    public List<ProductRevenue> topProducts(int limit) {
        String sql = "SELECT l.product_id, p.name, SUM(l.amount) AS revenue, SUM(l.quantity) AS quantity,"
                + " COUNT(DISTINCT l.order_id) AS orders FROM order_lines l JOIN products p ON p.id = l.product_id"
                + " GROUP BY l.product_id, p.name ORDER BY revenue DESC, l.product_id LIMIT :limit";
        return db.jdbi().withHandle(h -> h.createQuery(sql)
                .bind("limit", limit)
                .map((rs, ctx) -> new ProductRevenue(
                        rs.getString("product_id"),
                        rs.getString("name"),
                        rs.getDouble("revenue"),
                        rs.getDouble("quantity"),
                        rs.getLong("orders")))
                .list());
    }

    @Override
    public CustomerSummary customer(String customerId) {
        String sql = "SELECT COUNT(DISTINCT CASE WHEN o.kind = 'sale' THEN o.id END) AS orders,"
                + " COALESCE(SUM(l.amount), 0) AS revenue, MIN(o.ordered_at) AS lo, MAX(o.ordered_at) AS hi"
                + " FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.customer_id = ?";
        return db.jdbi().withHandle(h -> h.createQuery(sql)
                .bind(0, customerId)
                .map((rs, ctx) -> new CustomerSummary(
                        rs.getLong("orders"),
                        rs.getDouble("revenue"),
                        Sql.nullableDateTime(rs, "lo"),
                        Sql.nullableDateTime(rs, "hi")))
                .one());
    }

    private static long count(org.jdbi.v3.core.Handle h, String sql) {
        return h.createQuery(sql).mapTo(Long.class).one();
    }
}
