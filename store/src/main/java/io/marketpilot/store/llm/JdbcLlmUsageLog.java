package io.marketpilot.store.llm;

import io.marketpilot.core.llm.LlmUsageLog;
import io.marketpilot.store.Database;
import java.time.LocalDateTime;
import java.util.List;

/** {@link LlmUsageLog} in the {@code llm_usage} table. */
public final class JdbcLlmUsageLog implements LlmUsageLog {
    private static final String INSERT = "INSERT INTO llm_usage (at, provider, model, feature, input_tokens,"
            + " output_tokens, latency_ms, cost, outcome, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String TOTALS = "SELECT provider, model, feature, COUNT(*) AS calls,"
            + " SUM(CASE WHEN outcome = 'cached' THEN 1 ELSE 0 END) AS cache_hits,"
            + " SUM(CASE WHEN outcome IN ('failed', 'circuit_open') THEN 1 ELSE 0 END) AS failures,"
            + " SUM(input_tokens) AS input_tokens, SUM(output_tokens) AS output_tokens,"
            + " AVG(CASE WHEN attempts > 0 THEN CAST(latency_ms AS DOUBLE PRECISION) END) AS latency,"
            + " SUM(COALESCE(cost, 0)) AS cost, COUNT(cost) AS priced"
            + " FROM llm_usage WHERE at >= :since GROUP BY provider, model, feature"
            + " ORDER BY calls DESC, provider, model, feature";

    private final Database db;

    public JdbcLlmUsageLog(Database db) {
        this.db = db;
    }

    @Override
    public void record(Call c) {
        db.jdbi().useHandle(h -> h.createUpdate(INSERT)
                .bind(0, c.at())
                .bind(1, c.provider())
                .bind(2, clip(c.model(), 200))
                .bind(3, clip(c.feature(), 100))
                .bind(4, c.inputTokens())
                .bind(5, c.outputTokens())
                .bind(6, c.latencyMillis())
                .bind(7, c.cost().orElse(null))
                .bind(8, c.outcome())
                .bind(9, c.attempts())
                .execute());
    }

    @Override
    public List<Totals> totals(LocalDateTime since) {
        return db.jdbi().withHandle(h -> h.createQuery(TOTALS)
                .bind("since", since)
                .map((rs, ctx) -> {
                    double latency = rs.getDouble("latency");
                    boolean noLatency = rs.wasNull();
                    return new Totals(
                            rs.getString("provider"),
                            rs.getString("model"),
                            rs.getString("feature"),
                            rs.getLong("calls"),
                            rs.getLong("cache_hits"),
                            rs.getLong("failures"),
                            rs.getLong("input_tokens"),
                            rs.getLong("output_tokens"),
                            noLatency ? 0 : latency,
                            rs.getDouble("cost"),
                            rs.getLong("priced"));
                })
                .list());
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
