package io.marketpilot.store.support;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.support.Conversation;
import io.marketpilot.core.support.ConversationRepository;
import io.marketpilot.core.support.ConversationStatus;
import io.marketpilot.core.support.Speaker;
import io.marketpilot.core.support.Turn;
import io.marketpilot.store.Database;
import io.marketpilot.store.Sql;
import io.marketpilot.store.privacy.ErasureStep;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Support conversations and turns in the two tables of migration V6 (a conversation's customer: V14). */
public final class JdbcConversationRepository implements ConversationRepository {
    /** Citations are stored joined by this character, which never occurs in a {@code source#position} label. */
    private static final String CITATION_SEPARATOR = "\n";

    private final Database db;
    private final Clock clock;

    public JdbcConversationRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void create(Conversation c) {
        db.jdbi()
                .useHandle(h -> h.execute(
                        "INSERT INTO support_conversations (id, status, channel, language, handoff_reason, created_at,"
                                + " updated_at, customer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        c.id(),
                        c.status().wireName(),
                        c.channel(),
                        c.language(),
                        c.handoffReason(),
                        c.createdAt(),
                        c.updatedAt(),
                        c.customerId().orElse(null)));
    }

    @Override
    public Optional<Conversation> find(String id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM support_conversations WHERE id = ?")
                .bind(0, id)
                .map((rs, ctx) -> conversation(rs))
                .findFirst());
    }

    @Override
    public Turn append(Turn t) {
        return db.jdbi().inTransaction(h -> {
            // Touching the conversation row first locks it, so concurrent appends get consecutive numbers.
            int touched = h.createUpdate("UPDATE support_conversations SET updated_at = ? WHERE id = ?")
                    .bind(0, LocalDateTime.now(clock))
                    .bind(1, t.conversationId())
                    .execute();
            if (touched == 0) {
                throw MarketPilotException.notFound("Conversation", t.conversationId());
            }
            int seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM support_turns WHERE conversation_id = ?")
                    .bind(0, t.conversationId())
                    .mapTo(Integer.class)
                    .one();
            h.execute(
                    "INSERT INTO support_turns (conversation_id, seq, speaker, text, intent, sentiment, outcome,"
                            + " citations, model, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    t.conversationId(),
                    seq,
                    t.speaker().wireName(),
                    t.text(),
                    t.intent(),
                    t.sentiment(),
                    t.outcome(),
                    String.join(CITATION_SEPARATOR, t.citations()),
                    t.model(),
                    t.at());
            return new Turn(
                    t.conversationId(),
                    seq,
                    t.speaker(),
                    t.text(),
                    t.intent(),
                    t.sentiment(),
                    t.outcome(),
                    t.citations(),
                    t.model(),
                    t.at());
        });
    }

    @Override
    public List<Turn> turns(String conversationId) {
        return turnsAfter(conversationId, 0);
    }

    @Override
    public List<Turn> turnsAfter(String conversationId, int seq) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT * FROM support_turns WHERE conversation_id = ? AND seq > ? ORDER BY seq")
                .bind(0, conversationId)
                .bind(1, seq)
                .map((rs, ctx) -> turn(rs))
                .list());
    }

    @Override
    public void updateStatus(String conversationId, ConversationStatus status, String reason) {
        int changed = db.jdbi().withHandle(h -> h.createUpdate(
                        "UPDATE support_conversations SET status = ?, handoff_reason = ?, updated_at = ? WHERE id = ?")
                .bind(0, status.wireName())
                .bind(1, reason)
                .bind(2, LocalDateTime.now(clock))
                .bind(3, conversationId)
                .execute());
        if (changed == 0) {
            throw MarketPilotException.notFound("Conversation", conversationId);
        }
    }

    @Override
    public List<Conversation> recent(Optional<ConversationStatus> status, int limit) {
        String where = status.isPresent() ? " WHERE status = :status" : "";
        return db.jdbi().withHandle(h -> {
            var q = h.createQuery("SELECT * FROM support_conversations" + where
                            + " ORDER BY updated_at DESC, id LIMIT :limit")
                    .bind("limit", limit);
            status.ifPresent(s -> q.bind("status", s.wireName()));
            return q.map((rs, ctx) -> conversation(rs)).list();
        });
    }

    @Override
    public List<Turn> unanswered(int limit) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT q.* FROM support_turns q JOIN support_turns a"
                        + " ON a.conversation_id = q.conversation_id AND a.seq = q.seq + 1"
                        + " WHERE q.speaker = 'customer' AND a.outcome = 'not_found'"
                        + " ORDER BY q.created_at DESC, q.conversation_id, q.seq LIMIT ?")
                .bind(0, limit)
                .map((rs, ctx) -> turn(rs))
                .list());
    }

    @Override
    public void tieToCustomer(String conversationId, String customerId) {
        int changed = db.jdbi()
                .withHandle(h -> h.createUpdate("UPDATE support_conversations SET customer_id = ? WHERE id = ?")
                        .bind(0, customerId)
                        .bind(1, conversationId)
                        .execute());
        if (changed == 0) {
            throw MarketPilotException.notFound("Conversation", conversationId);
        }
    }

    @Override
    public List<Conversation> openEscalationsWithCustomer() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM support_conversations WHERE status = ? AND"
                        + " customer_id IS NOT NULL ORDER BY updated_at, id")
                .bind(0, ConversationStatus.HANDOFF.wireName())
                .map((rs, ctx) -> conversation(rs))
                .list());
    }

    /**
     * The erasure step: a forgotten customer's conversations go, turns and all (they are the customer's own words);
     * anonymous ones stay.
     */
    public static ErasureStep erasure() {
        return new ErasureStep() {
            @Override
            public String name() {
                return "support conversations";
            }

            @Override
            public int erase(Handle h, String customerId) {
                return h.createUpdate("DELETE FROM support_conversations WHERE customer_id = ?")
                        .bind(0, customerId)
                        .execute();
            }
        };
    }

    @Override
    public Map<ConversationStatus, Long> countByStatus() {
        Map<ConversationStatus, Long> counts = new EnumMap<>(ConversationStatus.class);
        for (ConversationStatus s : ConversationStatus.values()) {
            counts.put(s, 0L);
        }
        db.jdbi().useHandle(h -> h.createQuery(
                        "SELECT status, COUNT(*) AS n FROM support_conversations GROUP BY status")
                .map((rs, ctx) -> Map.entry(ConversationStatus.fromWire(rs.getString("status")), rs.getLong("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    private static Conversation conversation(ResultSet rs) throws SQLException {
        return new Conversation(
                rs.getString("id"),
                ConversationStatus.fromWire(rs.getString("status")),
                rs.getString("channel"),
                rs.getString("language"),
                rs.getString("handoff_reason"),
                Sql.dateTime(rs, "created_at"),
                Sql.dateTime(rs, "updated_at"),
                Optional.ofNullable(rs.getString("customer_id")));
    }

    private static Turn turn(ResultSet rs) throws SQLException {
        String citations = rs.getString("citations");
        return new Turn(
                rs.getString("conversation_id"),
                rs.getInt("seq"),
                Speaker.fromWire(rs.getString("speaker")),
                rs.getString("text"),
                rs.getString("intent"),
                rs.getDouble("sentiment"),
                rs.getString("outcome"),
                citations.isEmpty() ? List.of() : Arrays.asList(citations.split(CITATION_SEPARATOR)),
                rs.getString("model"),
                Sql.dateTime(rs, "created_at"));
    }
}
