package io.marketpilot.store.order;

import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.store.Dialect;
import io.marketpilot.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Writes orders in JDBC batches inside the caller's transaction: upserts each header, then replaces its lines, so
 * that writing the same orders twice leaves the same rows.
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

    public void write(List<Order> orders) {
        try {
            Connection c = handle.getConnection();
            writeHeaders(c, orders);
            deleteLines(c, orders);
            insertLines(c, orders);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing orders failed: " + e.getMessage(), e);
        }
    }

    private void writeHeaders(Connection c, List<Order> orders) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(dialect.upsert("orders", ORDER_COLUMNS, List.of("id")))) {
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
        String sql = "INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price, amount)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
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
