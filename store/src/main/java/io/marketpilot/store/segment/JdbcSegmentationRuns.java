package io.marketpilot.store.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.core.store.SegmentationRuns;
import io.marketpilot.store.BatchWriter;
import io.marketpilot.store.Database;
import io.marketpilot.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@link SegmentationRuns} in tables: members one row each; the parameters and the run's summary as JSON. */
public final class JdbcSegmentationRuns implements SegmentationRuns {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MEMBER_COLUMNS =
            List.of("run_id", "customer_id", "segment", "distance", "x", "y");

    private final Database db;

    public JdbcSegmentationRuns(Database db) {
        this.db = db;
    }

    @Override
    public long save(Run run, Map<String, Object> summary, List<Member> members) {
        return db.jdbi().inTransaction(h -> {
            long id = h.createUpdate("INSERT INTO segmentation_runs (created_at, as_of, k, seed, silhouette, inertia,"
                            + " features_version, parameters, result) VALUES (:createdAt, :asOf, :k, :seed, :silhouette,"
                            + " :inertia, :version, :parameters, :result)")
                    .bind("createdAt", run.createdAt())
                    .bind("asOf", run.asOf())
                    .bind("k", run.k())
                    .bind("seed", run.seed())
                    .bind("silhouette", Double.isFinite(run.silhouette()) ? run.silhouette() : null)
                    .bind("inertia", run.inertia())
                    .bind("version", run.featuresVersion())
                    .bind("parameters", json(run.parameters()))
                    .bind("result", json(summary))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            List<@Nullable Object[]> rows = new ArrayList<>(members.size());
            for (Member m : members) {
                rows.add(new Object[] {id, m.customerId(), m.segment(), m.distance(), m.x(), m.y()});
            }
            new BatchWriter(h, db.dialect())
                    .upsert("segment_members", MEMBER_COLUMNS, List.of("run_id", "customer_id"), rows);
            return id;
        });
    }

    @Override
    public List<Run> list() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM segmentation_runs ORDER BY id DESC")
                .map((rs, ctx) -> run(rs))
                .list());
    }

    @Override
    public Optional<Run> latest() {
        return list().stream().findFirst();
    }

    @Override
    public Optional<Run> find(long id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM segmentation_runs WHERE id = ?")
                .bind(0, id)
                .map((rs, ctx) -> run(rs))
                .findOne());
    }

    @Override
    public Optional<Map<String, Object>> summary(long id) {
        return db.jdbi()
                .withHandle(h -> h.createQuery("SELECT result FROM segmentation_runs WHERE id = ?")
                        .bind(0, id)
                        .mapTo(String.class)
                        .findOne())
                .map(JdbcSegmentationRuns::object);
    }

    @Override
    public Page<Member> members(long runId, Optional<Integer> segment, PageRequest page) {
        String where = " WHERE run_id = :run" + (segment.isPresent() ? " AND segment = :segment" : "");
        return db.jdbi().withHandle(h -> {
            var count = h.createQuery("SELECT COUNT(*) FROM segment_members" + where)
                    .bind("run", runId);
            var items = h.createQuery("SELECT * FROM segment_members" + where
                            + " ORDER BY segment, distance, customer_id LIMIT :limit OFFSET :offset")
                    .bind("run", runId)
                    .bind("limit", page.limit())
                    .bind("offset", page.offset());
            segment.ifPresent(s -> {
                count.bind("segment", s);
                items.bind("segment", s);
            });
            long total = count.mapTo(Long.class).one();
            return new Page<>(items.map((rs, ctx) -> member(rs)).list(), total, page.offset(), page.limit());
        });
    }

    @Override
    public List<Member> allMembers(long runId) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT * FROM segment_members WHERE run_id = ? ORDER BY segment, customer_id")
                .bind(0, runId)
                .map((rs, ctx) -> member(rs))
                .list());
    }

    @Override
    public List<Membership> history(String customerId) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT m.run_id, r.created_at, m.segment, m.distance FROM segment_members m"
                                + " JOIN segmentation_runs r ON r.id = m.run_id WHERE m.customer_id = ? ORDER BY m.run_id DESC")
                .bind(0, customerId)
                .map((rs, ctx) -> new Membership(
                        rs.getLong("run_id"),
                        Sql.dateTime(rs, "created_at"),
                        rs.getInt("segment"),
                        rs.getDouble("distance")))
                .list());
    }

    private static Run run(ResultSet rs) throws SQLException {
        Double silhouette = Sql.nullableDouble(rs, "silhouette");
        return new Run(
                rs.getLong("id"),
                Sql.dateTime(rs, "created_at"),
                Sql.date(rs, "as_of"),
                rs.getInt("k"),
                rs.getLong("seed"),
                silhouette == null ? Double.NaN : silhouette,
                rs.getDouble("inertia"),
                rs.getString("features_version"),
                object(rs.getString("parameters")));
    }

    private static Member member(ResultSet rs) throws SQLException {
        return new Member(
                rs.getString("customer_id"),
                rs.getInt("segment"),
                rs.getDouble("distance"),
                rs.getDouble("x"),
                rs.getDouble("y"));
    }

    private static String json(Map<String, Object> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a run's parameters and summary are plain values", e);
        }
    }

    private static Map<String, Object> object(String json) {
        try {
            Map<String, Object> m = JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
            return m == null ? Map.of() : m;
        } catch (JsonProcessingException e) {
            throw new MarketPilotException(ErrorCode.INTERNAL, "A stored segmentation run is unreadable");
        }
    }
}
