package io.marketpilot.store.order;

import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.store.Dialect;
import io.marketpilot.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Writes orders in JDBC batches inside the caller's transaction. New orders are inserted, stored orders that
 * differ are replaced with all their lines, and identical ones are left alone: writing the same orders twice
 * changes nothing and costs only the comparison.
 */
public final class OrderWriter {
    private static final int BATCH = 2_000;
    private static final List<String> ORDER_COLUMNS = List.of("id", "customer_id", "ordered_at", "country", "kind");

    private final Handle handle;
    private final Dialect dialect;

    public OrderWriter(Handle handle, Dialect dialect) {
        this.handle = handle;
        this.dialect = dialect;
    }

    /** Writes what is new or changed; returns how many orders were written. */
    public int write(List<Order> orders) {
        Map<String, Order> stored =
                JdbcOrderRepository.load(handle, orders.stream().map(Order::id).toList());
        List<Order> fresh = new ArrayList<>();
        List<Order> changed = new ArrayList<>();
        for (Order o : orders) {
            Order before = stored.get(o.id());
            if (before == null) {
                fresh.add(o);
            } else if (!before.equals(o)) {
                changed.add(o);
            }
        }
        try {
            Connection c = handle.getConnection();
            writeHeaders(
                    c, "INSERT INTO orders (" + String.join(", ", ORDER_COLUMNS) + ") VALUES (?, ?, ?, ?, ?)", fresh);
            writeHeaders(c, dialect.upsert("orders", ORDER_COLUMNS, List.of("id")), changed);
            deleteLines(c, changed);
            insertLines(c, fresh);
            insertLines(c, changed);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing orders failed: " + e.getMessage(), e);
        }
        return fresh.size() + changed.size();
    }

    private static void writeHeaders(Connection c, String sql, List<Order> orders) throws SQLException {
        if (orders.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int pending = 0;
            for (Order o : orders) {
                Sql.set(ps, 1, o.id());
                Sql.set(ps, 2, o.customerId());
                Sql.set(ps, 3, o.orderedAt());
                Sql.set(ps, 4, o.country());
                Sql.set(ps, 5, o.kind().wireName());
                ps.addBatch();
                pending = flushIfFull(ps, pending + 1);
            }
            ps.executeBatch();
        }
    }

    private static void deleteLines(Connection c, List<Order> orders) throws SQLException {
        if (orders.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM order_lines WHERE order_id = ?")) {
            int pending = 0;
            for (Order o : orders) {
                ps.setString(1, o.id());
                ps.addBatch();
                pending = flushIfFull(ps, pending + 1);
            }
            ps.executeBatch();
        }
    }

    private static void insertLines(Connection c, List<Order> orders) throws SQLException {
        if (orders.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price, amount, line_kind)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int pending = 0;
            for (Order o : orders) {
                for (OrderLine l : o.lines()) {
                    ps.setString(1, o.id());
                    ps.setInt(2, l.lineNo());
                    Sql.set(ps, 3, l.productId());
                    ps.setDouble(4, l.quantity());
                    ps.setDouble(5, l.unitPrice());
                    ps.setDouble(6, l.amount());
                    ps.setString(7, l.kind().wireName());
                    ps.addBatch();
                    pending = flushIfFull(ps, pending + 1);
                }
            }
            ps.executeBatch();
        }
    }

    private static int flushIfFull(PreparedStatement ps, int pending) throws SQLException {
        if (pending < BATCH) {
            return pending;
        }
        ps.executeBatch();
        return 0;
    }
}
