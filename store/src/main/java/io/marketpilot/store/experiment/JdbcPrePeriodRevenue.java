package io.marketpilot.store.experiment;

import io.marketpilot.core.experiment.PrePeriodRevenue;
import io.marketpilot.store.Database;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Net revenue per customer in a window before an experiment, the pre-period metric CUPED uses when the
 * experiment's units are customers. Known customers without orders in the window get 0; unknown ids are absent.
 */
public final class JdbcPrePeriodRevenue implements PrePeriodRevenue {
    private static final int CHUNK = 1_000;

    private final Database db;

    public JdbcPrePeriodRevenue(Database db) {
        this.db = db;
    }

    @Override
    public Map<String, Double> of(Collection<String> unitIds, LocalDateTime from, LocalDateTime to) {
        Map<String, Double> out = new HashMap<>();
        List<String> all = new ArrayList<>(unitIds);
        db.jdbi().useHandle(h -> {
            for (int start = 0; start < all.size(); start += CHUNK) {
                h.createQuery("SELECT c.id AS id, COALESCE(SUM(l.amount), 0) AS revenue FROM customers c"
                                + " LEFT JOIN orders o ON o.customer_id = c.id AND o.ordered_at >= :from AND o.ordered_at < :to"
                                + " LEFT JOIN order_lines l ON l.order_id = o.id"
                                + " WHERE c.id IN (<ids>) GROUP BY c.id")
                        .bind("from", from)
                        .bind("to", to)
                        .bindList("ids", all.subList(start, Math.min(all.size(), start + CHUNK)))
                        .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getDouble("revenue")))
                        .forEach(e -> out.put(e.getKey(), e.getValue()));
            }
        });
        return out;
    }
}
