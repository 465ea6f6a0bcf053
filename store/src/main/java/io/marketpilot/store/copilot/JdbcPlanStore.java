package io.marketpilot.store.copilot;

import io.marketpilot.core.copilot.PlanStatus;
import io.marketpilot.core.copilot.PlanStore;
import io.marketpilot.core.copilot.StoredPlan;
import io.marketpilot.store.Database;
import io.marketpilot.store.UtcTimestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The copilot's plans in {@code copilot_plans}; a review is a conditional update, so only one reviewer decides. */
public final class JdbcPlanStore implements PlanStore {
    private final Database db;

    public JdbcPlanStore(Database db) {
        this.db = db;
    }

    @Override
    public StoredPlan save(StoredPlan p) {
        long id = db.jdbi().withHandle(h -> h.createUpdate("INSERT INTO copilot_plans (goal, planner, prompt_version,"
                        + " body, snapshot_ids, status, created_by, created_at, review_comment, launched) VALUES (:goal,"
                        + " :planner, :prompt, :body, :snapshots, :status, :by, :at, '', :launched)")
                .bind("goal", p.goal())
                .bind("planner", p.planner())
                .bind("prompt", p.promptVersion())
                .bind("body", p.body())
                .bind("snapshots", String.join("\n", p.snapshotIds()))
                .bind("status", p.status().wireName())
                .bind("by", p.createdBy())
                .bind("at", UtcTimestamps.of(p.createdAt()))
                .bind("launched", String.join("\n", p.launched()))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return find(id).orElseThrow();
    }

    @Override
    public Optional<StoredPlan> find(long id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM copilot_plans WHERE id = ?")
                .bind(0, id)
                .map((rs, ctx) -> plan(rs))
                .findOne());
    }

    @Override
    public List<StoredPlan> list(int limit) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM copilot_plans ORDER BY id DESC")
                .setMaxRows(limit)
                .map((rs, ctx) -> plan(rs))
                .list());
    }

    @Override
    public boolean review(long id, PlanStatus decision, StoredPlan.Review review) {
        return db.jdbi().withHandle(h -> h.createUpdate("UPDATE copilot_plans SET status = :status, reviewer ="
                                + " :reviewer, reviewed_at = :at, review_comment = :comment WHERE id = :id AND status ="
                                + " :proposed")
                        .bind("status", decision.wireName())
                        .bind("reviewer", review.reviewer())
                        .bind("at", UtcTimestamps.of(review.at()))
                        .bind("comment", review.comment())
                        .bind("id", id)
                        .bind("proposed", PlanStatus.PROPOSED.wireName())
                        .execute())
                == 1;
    }

    @Override
    public void launched(long id, List<String> draftIds) {
        db.jdbi().useHandle(h -> h.createUpdate(
                        "UPDATE copilot_plans SET status = :status, launched = :launched" + " WHERE id = :id")
                .bind("status", PlanStatus.LAUNCHED.wireName())
                .bind("launched", String.join("\n", draftIds))
                .bind("id", id)
                .execute());
    }

    private static StoredPlan plan(ResultSet rs) throws SQLException {
        String reviewer = rs.getString("reviewer");
        Optional<java.time.Instant> reviewedAt = UtcTimestamps.readOptional(rs, "reviewed_at");
        Optional<StoredPlan.Review> review = reviewer == null || reviewedAt.isEmpty()
                ? Optional.empty()
                : Optional.of(new StoredPlan.Review(reviewer, reviewedAt.get(), rs.getString("review_comment")));
        return new StoredPlan(
                rs.getLong("id"),
                rs.getString("goal"),
                rs.getString("planner"),
                rs.getString("prompt_version"),
                rs.getString("body"),
                lines(rs.getString("snapshot_ids")),
                PlanStatus.fromWire(rs.getString("status")),
                rs.getString("created_by"),
                UtcTimestamps.read(rs, "created_at"),
                review,
                lines(rs.getString("launched")));
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
