package io.marketpilot.store.recommend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.store.RecommenderVersions;
import io.marketpilot.store.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link RecommenderVersions} in {@code recommender_models}: one row per version, its evaluation as JSON. */
public final class JdbcRecommenderVersions implements RecommenderVersions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;

    public JdbcRecommenderVersions(Database db) {
        this.db = db;
    }

    @Override
    public int nextVersion() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(MAX(version), 0) + 1 FROM recommender_models")
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public void save(Version v) {
        db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO recommender_models (version, trained_at, data_stamp,"
                        + " served, parameters, customers, products, interactions, evaluation) VALUES (:version,"
                        + " :trainedAt, :stamp, :served, :parameters, :customers, :products, :interactions,"
                        + " :evaluation)")
                .bind("version", v.version())
                .bind("trainedAt", v.trainedAt())
                .bind("stamp", v.dataStamp())
                .bind("served", v.served())
                .bind("parameters", v.parameters())
                .bind("customers", v.customers())
                .bind("products", v.products())
                .bind("interactions", v.interactions())
                .bind("evaluation", json(v.evaluation()))
                .execute());
    }

    @Override
    public List<Version> recent(int limit) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM recommender_models ORDER BY version DESC")
                .setMaxRows(limit)
                .map((rs, ctx) -> version(rs))
                .list());
    }

    @Override
    public Optional<Version> latest() {
        return recent(1).stream().findFirst();
    }

    private static Version version(ResultSet rs) throws SQLException {
        return new Version(
                rs.getInt("version"),
                rs.getTimestamp("trained_at").toLocalDateTime(),
                rs.getString("data_stamp"),
                rs.getString("served"),
                rs.getString("parameters"),
                rs.getInt("customers"),
                rs.getInt("products"),
                rs.getInt("interactions"),
                scores(rs.getString("evaluation")));
    }

    /** The evaluation as it has always been stored: one object per candidate, {@code train_seconds} in snake case. */
    private static String json(List<CandidateScore> evaluation) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CandidateScore s : evaluation) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("algorithm", s.algorithm());
            row.put("parameters", s.parameters());
            row.put("precision", s.precision());
            row.put("recall", s.recall());
            row.put("ndcg", s.ndcg());
            row.put("map", s.map());
            row.put("coverage", s.coverage());
            row.put("train_seconds", s.trainSeconds());
            rows.add(row);
        }
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evaluation is plain numbers and text", e);
        }
    }

    private static List<CandidateScore> scores(String json) {
        JsonNode rows;
        try {
            rows = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evaluation is not JSON", e);
        }
        List<CandidateScore> out = new ArrayList<>();
        for (JsonNode r : rows) {
            out.add(new CandidateScore(
                    r.path("algorithm").asText(),
                    r.path("parameters").asText(),
                    r.path("precision").asDouble(),
                    r.path("recall").asDouble(),
                    r.path("ndcg").asDouble(),
                    r.path("map").asDouble(),
                    r.path("coverage").asDouble(),
                    r.path("train_seconds").asDouble()));
        }
        return out;
    }
}
