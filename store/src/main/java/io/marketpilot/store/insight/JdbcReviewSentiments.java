package io.marketpilot.store.insight;

import io.marketpilot.core.store.ReviewSentiments;
import io.marketpilot.store.BatchWriter;
import io.marketpilot.store.Database;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@link ReviewSentiments} in {@code review_sentiment}, one row per review and model. */
public final class JdbcReviewSentiments implements ReviewSentiments {
    private static final List<String> COLUMNS =
            List.of("review_id", "model", "label", "score", "neg", "neu", "pos", "analyzed_at");

    private final Database db;

    public JdbcReviewSentiments(Database db) {
        this.db = db;
    }

    @Override
    public void saveAll(List<Result> results, LocalDateTime at) {
        List<@Nullable Object[]> rows = new ArrayList<>();
        for (Result r : results) {
            rows.add(new Object[] {r.reviewId(), r.model(), r.label(), r.score(), r.neg(), r.neu(), r.pos(), at});
        }
        db.jdbi().useTransaction(h -> new BatchWriter(h, db.dialect())
                .upsert("review_sentiment", COLUMNS, List.of("review_id", "model"), rows));
    }

    @Override
    public List<Month> byMonth(List<String> models, Filter filter) {
        String sql = "SELECT EXTRACT(YEAR FROM r.created_at) AS y, EXTRACT(MONTH FROM r.created_at) AS m,"
                + " SUM(CASE WHEN s.label = 'positive' THEN 1 ELSE 0 END) AS pos,"
                + " SUM(CASE WHEN s.label = 'neutral' THEN 1 ELSE 0 END) AS neu,"
                + " SUM(CASE WHEN s.label = 'negative' THEN 1 ELSE 0 END) AS neg, AVG(s.score) AS mean"
                + " FROM review_sentiment s JOIN reviews r ON r.id = s.review_id WHERE s.model IN (<models>)"
                + where(filter)
                + " GROUP BY EXTRACT(YEAR FROM r.created_at), EXTRACT(MONTH FROM r.created_at) ORDER BY y, m";
        return db.jdbi().withHandle(h -> {
            var q = h.createQuery(sql).bindList("models", models);
            filter.productId().ifPresent(p -> q.bind("product", p));
            filter.language().ifPresent(l -> q.bind("language", l));
            return q.map((rs, ctx) -> new Month(
                            String.format("%04d-%02d", rs.getInt("y"), rs.getInt("m")),
                            rs.getLong("pos"),
                            rs.getLong("neu"),
                            rs.getLong("neg"),
                            rs.getDouble("mean")))
                    .list();
        });
    }

    @Override
    public List<Scored> mostNegative(List<String> models, Filter filter, int limit) {
        String sql = "SELECT r.id, r.product_id, r.text, r.language, r.created_at, s.score FROM review_sentiment s"
                + " JOIN reviews r ON r.id = s.review_id WHERE s.model IN (<models>)" + where(filter)
                + " ORDER BY s.score, r.created_at DESC LIMIT :limit";
        return db.jdbi().withHandle(h -> {
            var q = h.createQuery(sql).bindList("models", models).bind("limit", limit);
            filter.productId().ifPresent(p -> q.bind("product", p));
            filter.language().ifPresent(l -> q.bind("language", l));
            return q.map((rs, ctx) -> new Scored(
                            rs.getString("id"),
                            rs.getString("product_id"),
                            rs.getString("text"),
                            rs.getString("language"),
                            io.marketpilot.store.Sql.dateTime(rs, "created_at"),
                            rs.getDouble("score")))
                    .list();
        });
    }

    @Override
    public List<LanguageCoverage> coverage(List<String> models) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT r.language, COUNT(*) AS n, COUNT(s.review_id) AS scored"
                        + " FROM reviews r LEFT JOIN review_sentiment s ON s.review_id = r.id AND s.model IN (<models>)"
                        + " GROUP BY r.language ORDER BY n DESC")
                .bindList("models", models)
                .map((rs, ctx) -> new LanguageCoverage(rs.getString("language"), rs.getLong("n"), rs.getLong("scored")))
                .list());
    }

    private static String where(Filter f) {
        return (f.productId().isPresent() ? " AND r.product_id = :product" : "")
                + (f.language().isPresent() ? " AND r.language = :language" : "");
    }

    @Override
    public long scoredCount() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM review_sentiment")
                .mapTo(Long.class)
                .one());
    }

    @Override
    public List<CustomerReviewScore> customerScoresSince(List<String> models, LocalDateTime since) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT r.id, r.customer_id, r.created_at, MIN(s.score) AS score"
                        + " FROM review_sentiment s JOIN reviews r ON r.id = s.review_id WHERE s.model IN (<models>)"
                        + " AND r.customer_id IS NOT NULL AND r.created_at >= :since"
                        + " GROUP BY r.id, r.customer_id, r.created_at ORDER BY r.created_at, r.id")
                .bindList("models", models)
                .bind("since", since)
                .map((rs, ctx) -> new CustomerReviewScore(
                        rs.getString("id"),
                        rs.getString("customer_id"),
                        io.marketpilot.store.Sql.dateTime(rs, "created_at"),
                        rs.getDouble("score")))
                .list());
    }

    @Override
    public java.util.Map<String, Double> meanScoreByCustomer() {
        java.util.Map<String, Double> out = new java.util.HashMap<>();
        db.jdbi().useHandle(h -> h.createQuery(
                        "SELECT r.customer_id, AVG(s.score) AS mean FROM review_sentiment s"
                                + " JOIN reviews r ON r.id = s.review_id WHERE r.customer_id IS NOT NULL GROUP BY r.customer_id")
                .map((rs, ctx) -> java.util.Map.entry(rs.getString("customer_id"), rs.getDouble("mean")))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }
}
