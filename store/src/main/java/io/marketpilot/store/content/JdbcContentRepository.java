package io.marketpilot.store.content;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.content.ContentProvenance;
import io.marketpilot.core.content.ContentQuery;
import io.marketpilot.core.content.ContentRepository;
import io.marketpilot.core.content.ContentReview;
import io.marketpilot.core.content.ContentStatus;
import io.marketpilot.core.content.ContentTarget;
import io.marketpilot.core.page.Page;
import io.marketpilot.store.Database;
import io.marketpilot.store.Sql;
import io.marketpilot.store.privacy.ErasureStep;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/** Generated texts in {@code content_items}; every status change goes through the workflow's rules. */
public final class JdbcContentRepository implements ContentRepository {
    private final Database db;

    public JdbcContentRepository(Database db) {
        this.db = db;
    }

    /** Forgetting a customer deletes the texts written for them alone; segment-level texts name no one. */
    public static ErasureStep erasure() {
        return new ErasureStep() {
            @Override
            public String name() {
                return "content";
            }

            @Override
            public int erase(Handle h, String customerId) {
                return h.createUpdate("DELETE FROM content_items WHERE customer_id = ?")
                        .bind(0, customerId)
                        .execute();
            }
        };
    }

    @Override
    public List<ContentItem> saveAll(List<ContentItem> items) {
        return db.jdbi().inTransaction(h -> {
            List<ContentItem> saved = new ArrayList<>(items.size());
            for (ContentItem item : items) {
                saved.add(item.withId(insert(h, item)));
            }
            return saved;
        });
    }

    private static long insert(Handle h, ContentItem i) {
        ContentTarget t = i.target();
        ContentReview r = i.review();
        return h.createUpdate("INSERT INTO content_items (batch_id, created_at, channel, language, segment,"
                        + " customer_id, product_id, goal, tone, angle, fields, prompt, evaluation, provider, model, note,"
                        + " status, reviewer, review_comment, reviewed_at, used_in, won) VALUES (:batch, :created,"
                        + " :channel, :language, :segment, :customer, :product, :goal, :tone, :angle, :fields, :prompt,"
                        + " :evaluation, :provider, :model, :note, :status, :reviewer, :comment, :reviewedAt, :usedIn,"
                        + " :won)")
                .bind("batch", i.batchId())
                .bind("created", i.createdAt())
                .bind("channel", t.channel())
                .bind("language", t.language())
                .bind("segment", t.segment())
                .bind("customer", t.customerId())
                .bind("product", t.productId())
                .bind("goal", t.goal())
                .bind("tone", t.tone())
                .bind("angle", i.angle())
                .bind("fields", i.fields())
                .bind("prompt", i.prompt())
                .bind("evaluation", i.evaluation())
                .bind("provider", i.provenance().provider())
                .bind("model", i.provenance().model())
                .bind("note", i.provenance().note())
                .bind("status", r.status().name())
                .bind("reviewer", r.reviewer())
                .bind("comment", r.comment())
                .bind("reviewedAt", r.reviewedAt())
                .bind("usedIn", r.usedIn())
                .bind("won", r.won())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    @Override
    public Optional<ContentItem> find(long id) {
        return db.jdbi().withHandle(h -> find(h, id));
    }

    private static Optional<ContentItem> find(Handle h, long id) {
        return h.createQuery("SELECT * FROM content_items WHERE id = ?")
                .bind(0, id)
                .map((rs, ctx) -> item(rs))
                .findOne();
    }

    @Override
    public Page<ContentItem> list(ContentQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        q.status().ifPresent(s -> where.append(" AND status = :status"));
        q.channel().ifPresent(c -> where.append(" AND channel = :channel"));
        q.batchId().ifPresent(b -> where.append(" AND batch_id = :batch"));
        return db.jdbi().withHandle(h -> {
            var count = h.createQuery("SELECT COUNT(*) FROM content_items" + where);
            var items = h.createQuery(
                            "SELECT * FROM content_items" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                    .bind("limit", q.limit())
                    .bind("offset", q.offset());
            for (var query : List.of(count, items)) {
                q.status().ifPresent(s -> query.bind("status", s.name()));
                q.channel().ifPresent(c -> query.bind("channel", c));
                q.batchId().ifPresent(b -> query.bind("batch", b));
            }
            long total = count.mapTo(Long.class).one();
            return new Page<>(items.map((rs, ctx) -> item(rs)).list(), total, q.offset(), q.limit());
        });
    }

    @Override
    public ContentItem review(
            long id, ContentStatus status, String reviewer, @Nullable String comment, LocalDateTime at) {
        if (status == ContentStatus.USED) {
            throw MarketPilotException.invalid("Use markUsed to record that content went out in a campaign");
        }
        return db.jdbi().inTransaction(h -> {
            ContentItem item = existing(h, id);
            requireMove(item, status);
            h.createUpdate("UPDATE content_items SET status = :status, reviewer = :reviewer, review_comment = :comment,"
                            + " reviewed_at = :at WHERE id = :id")
                    .bind("status", status.name())
                    .bind("reviewer", reviewer)
                    .bind("comment", comment)
                    .bind("at", at)
                    .bind("id", id)
                    .execute();
            return find(h, id).orElseThrow();
        });
    }

    @Override
    public ContentItem edit(long id, String fields, String evaluation) {
        return db.jdbi().inTransaction(h -> {
            ContentItem item = existing(h, id);
            if (item.review().status() == ContentStatus.USED) {
                throw conflict(id, "was already used in a campaign and cannot be edited");
            }
            h.createUpdate("UPDATE content_items SET fields = :fields, evaluation = :evaluation, status = :draft,"
                            + " won = FALSE WHERE id = :id")
                    .bind("fields", fields)
                    .bind("evaluation", evaluation)
                    .bind("draft", ContentStatus.DRAFT.name())
                    .bind("id", id)
                    .execute();
            return find(h, id).orElseThrow();
        });
    }

    @Override
    public ContentItem markUsed(long id, String campaign) {
        return db.jdbi().inTransaction(h -> {
            ContentItem item = existing(h, id);
            requireMove(item, ContentStatus.USED);
            h.createUpdate("UPDATE content_items SET status = :status, used_in = :campaign WHERE id = :id")
                    .bind("status", ContentStatus.USED.name())
                    .bind("campaign", campaign)
                    .bind("id", id)
                    .execute();
            return find(h, id).orElseThrow();
        });
    }

    @Override
    public ContentItem markWon(long id) {
        return db.jdbi().inTransaction(h -> {
            ContentItem item = existing(h, id);
            ContentStatus s = item.review().status();
            if (s != ContentStatus.APPROVED && s != ContentStatus.USED) {
                throw conflict(id, "is " + s.wireName() + "; only approved or used content can win");
            }
            h.createUpdate("UPDATE content_items SET won = TRUE WHERE id = ?")
                    .bind(0, id)
                    .execute();
            return find(h, id).orElseThrow();
        });
    }

    @Override
    public List<ContentItem> examples(String channel, String language, @Nullable String segment, int limit) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM content_items WHERE channel = :channel"
                        + " AND language = :language AND status IN ('APPROVED', 'USED') AND "
                        + (segment == null ? "segment IS NULL" : "segment = :segment")
                        + " ORDER BY won DESC, id DESC LIMIT :limit")
                .bind("channel", channel)
                .bind("language", language)
                .bind("segment", segment)
                .bind("limit", limit)
                .map((rs, ctx) -> item(rs))
                .list());
    }

    @Override
    public List<ContentItem> approved() {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT * FROM content_items WHERE status IN ('APPROVED', 'USED') ORDER BY id")
                .map((rs, ctx) -> item(rs))
                .list());
    }

    private static ContentItem existing(Handle h, long id) {
        return find(h, id).orElseThrow(() -> MarketPilotException.notFound("Content", String.valueOf(id)));
    }

    private static void requireMove(ContentItem item, ContentStatus next) {
        ContentStatus now = item.review().status();
        if (!now.canMoveTo(next)) {
            throw conflict(item.id(), "is " + now.wireName() + " and cannot become " + next.wireName());
        }
    }

    private static MarketPilotException conflict(long id, String why) {
        return new MarketPilotException(
                ErrorCode.CONFLICT, "Content " + id + " " + why, Map.of("id", String.valueOf(id)));
    }

    private static ContentItem item(ResultSet rs) throws SQLException {
        return new ContentItem(
                rs.getLong("id"),
                rs.getString("batch_id"),
                Sql.dateTime(rs, "created_at"),
                new ContentTarget(
                        rs.getString("channel"),
                        rs.getString("language"),
                        rs.getString("segment"),
                        rs.getString("customer_id"),
                        rs.getString("product_id"),
                        rs.getString("goal"),
                        rs.getString("tone")),
                rs.getString("angle"),
                rs.getString("fields"),
                rs.getString("prompt"),
                rs.getString("evaluation"),
                new ContentProvenance(rs.getString("provider"), rs.getString("model"), rs.getString("note")),
                new ContentReview(
                        ContentStatus.valueOf(rs.getString("status")),
                        rs.getString("reviewer"),
                        rs.getString("review_comment"),
                        Sql.nullableDateTime(rs, "reviewed_at"),
                        rs.getString("used_in"),
                        rs.getBoolean("won")));
    }
}
