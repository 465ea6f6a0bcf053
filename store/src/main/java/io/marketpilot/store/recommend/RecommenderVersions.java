package io.marketpilot.store.recommend;

import io.marketpilot.store.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The stored history of recommender trainings: one row per version with its evaluation as JSON. */
public final class RecommenderVersions {

    /**
     * One training.
     *
     * @param dataStamp identifies the sales the models learned from (changes when orders change)
     * @param served the algorithm that answers requests
     * @param parameters the served algorithm's parameters
     * @param evaluationJson every candidate's hold-out scores
     */
    public record Version(
            int version,
            LocalDateTime trainedAt,
            String dataStamp,
            String served,
            String parameters,
            int customers,
            int products,
            int interactions,
            String evaluationJson) {}

    private final Database db;

    public RecommenderVersions(Database db) {
        this.db = db;
    }

    /** The next free version number (1 for an empty history). */
    public int nextVersion() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(MAX(version), 0) + 1 FROM recommender_models")
                .mapTo(Integer.class)
                .one());
    }

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
                .bind("evaluation", v.evaluationJson())
                .execute());
    }

    /** Newest first, at most {@code limit}. */
    public List<Version> recent(int limit) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM recommender_models ORDER BY version DESC")
                .setMaxRows(limit)
                .map((rs, ctx) -> version(rs))
                .list());
    }

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
                rs.getString("evaluation"));
    }
}
