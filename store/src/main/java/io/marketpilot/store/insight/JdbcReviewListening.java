package io.marketpilot.store.insight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.domain.Review;
import io.marketpilot.core.store.ReviewFilter;
import io.marketpilot.core.store.ReviewListening;
import io.marketpilot.store.BatchWriter;
import io.marketpilot.store.Database;
import io.marketpilot.store.Sql;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@link ReviewListening} in {@code review_emotion} (the scores as a JSON object), {@code review_embedding} (the
 * vector as exact comma-separated floats) and {@code review_clause}.
 */
public final class JdbcReviewListening implements ReviewListening {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EMOTION_COLUMNS =
            List.of("review_id", "model", "label", "confidence", "scores", "analyzed_at");
    private static final List<String> EMBEDDING_COLUMNS = List.of("review_id", "model", "vector");
    private static final List<String> CLAUSE_COLUMNS = List.of("review_id", "clause_index", "model", "text", "score");

    private final Database db;

    public JdbcReviewListening(Database db) {
        this.db = db;
    }

    @Override
    public void save(List<Emotion> emotions, List<Embedding> embeddings, List<Clause> clauses, LocalDateTime at) {
        List<@Nullable Object[]> e = new ArrayList<>();
        emotions.forEach(
                x -> e.add(new Object[] {x.reviewId(), x.model(), x.label(), x.confidence(), json(x.scores()), at}));
        List<@Nullable Object[]> v = new ArrayList<>();
        embeddings.forEach(x -> v.add(new Object[] {x.reviewId(), x.model(), encode(x.vector())}));
        List<@Nullable Object[]> c = new ArrayList<>();
        clauses.forEach(x -> c.add(new Object[] {x.reviewId(), x.index(), x.model(), x.text(), x.score()}));
        db.jdbi().useTransaction(h -> {
            BatchWriter w = new BatchWriter(h, db.dialect());
            w.upsert("review_emotion", EMOTION_COLUMNS, List.of("review_id", "model"), e);
            w.upsert("review_embedding", EMBEDDING_COLUMNS, List.of("review_id", "model"), v);
            w.upsert("review_clause", CLAUSE_COLUMNS, List.of("review_id", "clause_index"), c);
        });
    }

    @Override
    public List<Row> rows(ReviewFilter filter, List<String> sentimentModels) {
        String sql = "SELECT r.id, r.customer_id, r.product_id, r.language, r.created_at, r.text,"
                + " (SELECT MIN(s.score) FROM review_sentiment s WHERE s.review_id = r.id AND s.model IN (<models>)) AS score,"
                + " (SELECT MIN(s.model) FROM review_sentiment s WHERE s.review_id = r.id AND s.model IN (<models>)) AS smodel,"
                + " (SELECT MIN(e.label) FROM review_emotion e WHERE e.review_id = r.id) AS emotion,"
                + " (SELECT MIN(v.vector) FROM review_embedding v WHERE v.review_id = r.id) AS vector,"
                + " (SELECT MIN(v.model) FROM review_embedding v WHERE v.review_id = r.id) AS vmodel"
                + " FROM reviews r WHERE 1 = 1" + ReviewFilterSql.conditions(filter) + " ORDER BY r.created_at, r.id";
        return db.jdbi().withHandle(h -> {
            var q = h.createQuery(sql).bindList("models", sentimentModels);
            ReviewFilterSql.bind(filter, q);
            return q.map((rs, ctx) -> {
                        Double score = Sql.nullableDouble(rs, "score");
                        String vector = rs.getString("vector");
                        return new Row(
                                rs.getString("id"),
                                rs.getString("customer_id"),
                                rs.getString("product_id"),
                                rs.getString("language"),
                                Sql.dateTime(rs, "created_at"),
                                rs.getString("text"),
                                score == null ? Double.NaN : score,
                                rs.getString("smodel") == null ? "" : rs.getString("smodel"),
                                rs.getString("emotion") == null ? "" : rs.getString("emotion"),
                                vector == null ? new float[0] : decode(vector),
                                rs.getString("vmodel") == null ? "" : rs.getString("vmodel"));
                    })
                    .list();
        });
    }

    @Override
    public Map<String, List<Clause>> clauses(ReviewFilter filter) {
        String sql = "SELECT c.* FROM review_clause c JOIN reviews r ON r.id = c.review_id WHERE 1 = 1"
                + ReviewFilterSql.conditions(filter) + " ORDER BY r.created_at, r.id, c.clause_index";
        return db.jdbi().withHandle(h -> {
            var q = h.createQuery(sql);
            ReviewFilterSql.bind(filter, q);
            Map<String, List<Clause>> out = new LinkedHashMap<>();
            q.map((rs, ctx) -> new Clause(
                            rs.getString("review_id"),
                            rs.getInt("clause_index"),
                            rs.getString("model"),
                            rs.getString("text"),
                            rs.getDouble("score")))
                    .forEach(c -> out.computeIfAbsent(c.reviewId(), k -> new ArrayList<>())
                            .add(c));
            return out;
        });
    }

    @Override
    public List<EmotionCount> emotionCounts(ReviewFilter filter) {
        String sql = "SELECT e.label, e.model, COUNT(*) AS n FROM review_emotion e JOIN reviews r ON r.id = e.review_id"
                + " WHERE 1 = 1" + ReviewFilterSql.conditions(filter)
                + " GROUP BY e.label, e.model ORDER BY n DESC, e.label";
        return db.jdbi().withHandle(h -> {
            var q = h.createQuery(sql);
            ReviewFilterSql.bind(filter, q);
            return q.map((rs, ctx) -> new EmotionCount(rs.getString("label"), rs.getString("model"), rs.getLong("n")))
                    .list();
        });
    }

    @Override
    public Map<String, Integer> latestSegments() {
        return db.jdbi().withHandle(h -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            h.createQuery("SELECT m.customer_id, m.segment FROM segment_members m"
                            + " WHERE m.run_id = (SELECT MAX(id) FROM segmentation_runs)")
                    .map((rs, ctx) -> Map.entry(rs.getString("customer_id"), rs.getInt("segment")))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    @Override
    public List<Review> pending() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT r.* FROM reviews r WHERE NOT EXISTS"
                        + " (SELECT 1 FROM review_embedding v WHERE v.review_id = r.id) ORDER BY r.id")
                .map(io.marketpilot.store.review.JdbcReviewRepository::map)
                .list());
    }

    /** Comma-separated floats, exact ({@link Float#toString} round-trips). */
    private static String encode(float[] vector) {
        StringBuilder s = new StringBuilder(vector.length * 11);
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(vector[i]);
        }
        return s.toString();
    }

    private static float[] decode(String s) {
        if (s.isEmpty()) {
            return new float[0];
        }
        String[] parts = s.split(",");
        float[] v = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Float.parseFloat(parts[i]);
        }
        return v;
    }

    private static String json(Map<String, Double> scores) {
        try {
            return JSON.writeValueAsString(scores);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("emotion scores are plain numbers", e);
        }
    }
}
