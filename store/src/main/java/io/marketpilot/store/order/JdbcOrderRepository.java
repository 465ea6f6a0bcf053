package io.marketpilot.store.order;

import io.marketpilot.core.domain.LineKind;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.core.store.OrderRepository;
import io.marketpilot.store.Database;
import io.marketpilot.store.PagedQuery;
import io.marketpilot.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/** Orders and their lines in the JDBC store. */
public final class JdbcOrderRepository implements OrderRepository {
    private static final int LINE_PAGE = 5_000;

    private static final PagedQuery LISTING =
            new PagedQuery("orders", List.of("id", "customer_id"), "ordered_at DESC, id");

    private final Database db;

    public JdbcOrderRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Order> find(String id) {
        return db
                .jdbi()
                .withHandle(h -> withLines(
                        h,
                        h.createQuery("SELECT * FROM orders WHERE id = ?")
                                .bind(0, id)
                                .map((rs, ctx) -> header(rs))
                                .list()))
                .stream()
                .findFirst();
    }

    @Override
    public Page<Order> list(PageRequest page) {
        Page<Order> headers = LISTING.run(db, page, (rs, ctx) -> header(rs));
        List<Order> withLines = db.jdbi().withHandle(h -> withLines(h, headers.items()));
        return new Page<>(withLines, headers.total(), headers.offset(), headers.limit());
    }

    @Override
    public List<Order> forCustomer(String customerId) {
        return db.jdbi()
                .withHandle(h -> withLines(
                        h,
                        h.createQuery("SELECT * FROM orders WHERE customer_id = ? ORDER BY ordered_at, id")
                                .bind(0, customerId)
                                .map((rs, ctx) -> header(rs))
                                .list()));
    }

    @Override
    public void forEach(Consumer<Order> consumer) {
        Map<String, List<OrderLine>> lines = allLines();
        db.jdbi().useHandle(h -> {
            h.createQuery("SELECT * FROM orders ORDER BY ordered_at, id")
                    .map((rs, ctx) -> header(rs))
                    .forEach(o -> consumer.accept(withLines(o, lines.getOrDefault(o.id(), List.of()))));
        });
    }

    /**
     * Every order's lines, read a page of lines at a time in key order (see {@link StreamedQuery} for why); a page
     * that ends inside an order is completed before the next page starts after that order.
     */
    private Map<String, List<OrderLine>> allLines() {
        Map<String, List<OrderLine>> lines = new HashMap<>();
        String last = null;
        while (true) {
            String after = last;
            List<Map.Entry<String, OrderLine>> page = db.jdbi().withHandle(h -> (after == null
                            ? h.createQuery("SELECT * FROM order_lines ORDER BY order_id, line_no LIMIT " + LINE_PAGE)
                            : h.createQuery("SELECT * FROM order_lines WHERE order_id > ? ORDER BY order_id, line_no"
                                            + " LIMIT " + LINE_PAGE)
                                    .bind(0, after))
                    .map((rs, ctx) -> Map.entry(rs.getString("order_id"), line(rs)))
                    .list());
            page.forEach(e ->
                    lines.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            if (page.size() < LINE_PAGE) {
                return lines;
            }
            last = page.getLast().getKey();
            completeOrder(
                    last, page.getLast().getValue().lineNo(), lines.computeIfAbsent(last, k -> new ArrayList<>()));
        }
    }

    private void completeOrder(String orderId, int afterLine, List<OrderLine> into) {
        db.jdbi().useHandle(h -> h.createQuery(
                        "SELECT * FROM order_lines WHERE order_id = ? AND line_no > ? ORDER BY line_no")
                .bind(0, orderId)
                .bind(1, afterLine)
                .map((rs, ctx) -> line(rs))
                .forEach(into::add));
    }

    @Override
    public void save(Order order) {
        db.jdbi().useTransaction(h -> new OrderWriter(h, db.dialect()).write(List.of(order)));
    }

    @Override
    public String changeStamp() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) AS n, MAX(ordered_at) AS latest FROM orders")
                .map((rs, ctx) -> {
                    java.sql.Timestamp latest = rs.getTimestamp("latest");
                    return rs.getLong("n") + "@" + (latest == null ? "" : latest.toLocalDateTime());
                })
                .one());
    }

    /** How many order lines the store holds, of every kind. */
    @Override
    public long lineCount() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM order_lines")
                .mapTo(Long.class)
                .one());
    }

    @Override
    public long count() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM orders")
                .mapTo(Long.class)
                .one());
    }

    /** The stored orders among {@code ids}, with their lines, read in chunks inside the caller's handle. */
    static Map<String, Order> load(Handle h, List<String> ids) {
        Map<String, Order> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1_000) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1_000));
            List<Order> headers = h.createQuery("SELECT * FROM orders WHERE id IN (<ids>)")
                    .bindList("ids", chunk)
                    .map((rs, ctx) -> header(rs))
                    .list();
            withLines(h, headers).forEach(o -> found.put(o.id(), o));
        }
        return found;
    }

    private static List<Order> withLines(Handle h, List<Order> headers) {
        if (headers.isEmpty()) {
            return headers;
        }
        Map<String, List<OrderLine>> lines = new LinkedHashMap<>();
        headers.forEach(o -> lines.put(o.id(), new ArrayList<>()));
        h.createQuery("SELECT * FROM order_lines WHERE order_id IN (<ids>) ORDER BY order_id, line_no")
                .bindList("ids", new ArrayList<>(lines.keySet()))
                .map((rs, ctx) -> Map.entry(rs.getString("order_id"), line(rs)))
                .forEach(e -> lines.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return headers.stream()
                .map(o -> withLines(o, lines.getOrDefault(o.id(), List.of())))
                .toList();
    }

    private static Order withLines(Order o, List<OrderLine> lines) {
        return new Order(o.id(), o.customerId(), o.orderedAt(), o.country(), o.kind(), lines);
    }

    private static Order header(ResultSet rs) throws SQLException {
        return new Order(
                rs.getString("id"),
                rs.getString("customer_id"),
                Sql.dateTime(rs, "ordered_at"),
                rs.getString("country"),
                OrderKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                List.of());
    }

    private static OrderLine line(ResultSet rs) throws SQLException {
        return new OrderLine(
                rs.getInt("line_no"),
                rs.getString("product_id"),
                rs.getDouble("quantity"),
                rs.getDouble("unit_price"),
                rs.getDouble("amount"),
                LineKind.ofWireName(rs.getString("line_kind")).orElse(LineKind.PRODUCT));
    }
}
