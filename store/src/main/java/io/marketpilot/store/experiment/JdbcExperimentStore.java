package io.marketpilot.store.experiment;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.experiment.Experiment;
import io.marketpilot.core.experiment.ExperimentStatus;
import io.marketpilot.core.experiment.ExperimentStore;
import io.marketpilot.core.experiment.PrimaryMetric;
import io.marketpilot.core.experiment.Variant;
import io.marketpilot.store.Database;
import io.marketpilot.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/** Experiment definitions with their variants in the JDBC store. */
public final class JdbcExperimentStore implements ExperimentStore {
    private final Database db;

    public JdbcExperimentStore(Database db) {
        this.db = db;
    }

    /** Stores a new experiment; an id in use is a conflict, never an overwrite. */
    @Override
    public void create(Experiment e) {
        db.jdbi().useTransaction(h -> {
            boolean exists = h.createQuery("SELECT COUNT(*) FROM experiments WHERE id = ?")
                            .bind(0, e.id())
                            .mapTo(Long.class)
                            .one()
                    > 0;
            if (exists) {
                throw new MarketPilotException(
                        ErrorCode.CONFLICT, "Experiment '" + e.id() + "' exists already", Map.of("id", e.id()));
            }
            h.createUpdate(
                            "INSERT INTO experiments (id, name, design, status, metric, guardrails, segment, salt, alpha,"
                                    + " expected_effect, campaign_id, created_at) VALUES (:id, :name, :design, :status, :metric,"
                                    + " :guardrails, :segment, :salt, :alpha, :effect, :campaign, :createdAt)")
                    .bind("id", e.id())
                    .bind("name", e.name())
                    .bind("design", e.design())
                    .bind("status", e.status().wireName())
                    .bind("metric", e.metric().wireName())
                    .bind("guardrails", String.join(",", e.guardrails()))
                    .bind("segment", e.segment())
                    .bind("salt", e.salt())
                    .bind("alpha", e.alpha())
                    .bind("effect", e.expectedEffect())
                    .bind("campaign", e.campaignId())
                    .bind("createdAt", e.createdAt())
                    .execute();
            writeVariants(h, e);
        });
    }

    /** Saves the status, dates, decision and variants of an existing experiment. */
    @Override
    public void update(Experiment e) {
        db.jdbi().useTransaction(h -> {
            int n = h.createUpdate(
                            "UPDATE experiments SET status = :status, started_at = :started, stopped_at = :stopped,"
                                    + " decided_at = :decided, decision = :decision WHERE id = :id")
                    .bind("status", e.status().wireName())
                    .bind("started", e.startedAt())
                    .bind("stopped", e.stoppedAt())
                    .bind("decided", e.decidedAt())
                    .bind("decision", e.decision())
                    .bind("id", e.id())
                    .execute();
            if (n == 0) {
                throw MarketPilotException.notFound("Experiment", e.id());
            }
            h.createUpdate("DELETE FROM experiment_variants WHERE experiment_id = ?")
                    .bind(0, e.id())
                    .execute();
            writeVariants(h, e);
        });
    }

    @Override
    public Optional<Experiment> find(String id) {
        return db.jdbi().withHandle(h -> {
            Optional<Row> row = h.createQuery("SELECT * FROM experiments WHERE id = ?")
                    .bind(0, id)
                    .map((rs, ctx) -> row(rs))
                    .findOne();
            return row.map(r -> r.with(variants(h, List.of(id)).getOrDefault(id, List.of())));
        });
    }

    /** Every experiment, newest first; optionally only one campaign's. */
    @Override
    public List<Experiment> list(Optional<String> campaignId) {
        return db.jdbi().withHandle(h -> {
            var q = h.createQuery("SELECT * FROM experiments"
                    + (campaignId.isPresent() ? " WHERE campaign_id = :campaign" : "")
                    + " ORDER BY created_at DESC, id");
            campaignId.ifPresent(c -> q.bind("campaign", c));
            List<Row> rows = q.map((rs, ctx) -> row(rs)).list();
            Map<String, List<Variant>> variants =
                    variants(h, rows.stream().map(r -> r.id).toList());
            return rows.stream()
                    .map(r -> r.with(variants.getOrDefault(r.id, List.of())))
                    .toList();
        });
    }

    private static void writeVariants(Handle h, Experiment e) {
        var batch = h.prepareBatch("INSERT INTO experiment_variants (experiment_id, idx, name, weight, content_id,"
                + " payload, approved) VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (int i = 0; i < e.variants().size(); i++) {
            Variant v = e.variants().get(i);
            batch.bind(0, e.id())
                    .bind(1, i)
                    .bind(2, v.name())
                    .bind(3, v.weight())
                    .bind(4, v.contentId())
                    .bind(5, v.payload())
                    .bind(6, v.approved())
                    .add();
        }
        batch.execute();
    }

    private static Map<String, List<Variant>> variants(Handle h, List<String> ids) {
        Map<String, List<Variant>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        h.createQuery("SELECT * FROM experiment_variants WHERE experiment_id IN (<ids>) ORDER BY experiment_id, idx")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(
                        rs.getString("experiment_id"),
                        new Variant(
                                rs.getString("name"),
                                rs.getDouble("weight"),
                                rs.getString("content_id"),
                                rs.getString("payload"),
                                rs.getBoolean("approved"))))
                .forEach(en ->
                        out.computeIfAbsent(en.getKey(), k -> new ArrayList<>()).add(en.getValue()));
        return out;
    }

    /** An experiments row before its variants are attached (the record insists on at least two). */
    private record Row(
            String id,
            String name,
            String design,
            ExperimentStatus status,
            PrimaryMetric metric,
            List<String> guardrails,
            @Nullable String segment,
            String salt,
            double alpha,
            double effect,
            @Nullable String campaign,
            java.time.LocalDateTime created,
            java.time.@Nullable LocalDateTime started,
            java.time.@Nullable LocalDateTime stopped,
            java.time.@Nullable LocalDateTime decided,
            @Nullable String decision) {
        Experiment with(List<Variant> variants) {
            return new Experiment(
                    id,
                    name,
                    design,
                    status,
                    metric,
                    guardrails,
                    segment,
                    salt,
                    alpha,
                    effect,
                    campaign,
                    created,
                    started,
                    stopped,
                    decided,
                    decision,
                    variants);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        String guardrails = rs.getString("guardrails");
        return new Row(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("design"),
                ExperimentStatus.parse(rs.getString("status")),
                PrimaryMetric.parse(rs.getString("metric")),
                guardrails.isBlank() ? List.of() : Arrays.asList(guardrails.split(",")),
                rs.getString("segment"),
                rs.getString("salt"),
                rs.getDouble("alpha"),
                rs.getDouble("expected_effect"),
                rs.getString("campaign_id"),
                Sql.dateTime(rs, "created_at"),
                Sql.nullableDateTime(rs, "started_at"),
                Sql.nullableDateTime(rs, "stopped_at"),
                Sql.nullableDateTime(rs, "decided_at"),
                rs.getString("decision"));
    }
}
