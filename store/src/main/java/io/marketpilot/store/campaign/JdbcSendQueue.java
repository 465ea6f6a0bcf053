package io.marketpilot.store.campaign;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.Lease;
import io.marketpilot.core.campaign.PlannedSend;
import io.marketpilot.core.campaign.QueuedSend;
import io.marketpilot.core.campaign.SendKey;
import io.marketpilot.core.campaign.SendQueue;
import io.marketpilot.core.campaign.SendState;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.store.Database;
import io.marketpilot.store.Dialect;
import io.marketpilot.store.UtcTimestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * The send queue in {@code send_queue}: one row per (campaign, customer, occurrence), whose unique key makes planning
 * idempotent,
 * claimed by workers under leases so that no message is handed to two workers at once.
 *
 * <p>A claim ({@link ClaimCandidates}) takes pending messages that are due and retries whose next attempt has come, and also claimed messages
 * whose lease has lapsed (their worker is presumed dead, as {@link Lease} says), so a killed worker's messages come
 * back without waiting for {@link #releaseExpired}. How a claim stays exclusive differs by database:
 *
 * <ul>
 *   <li>PostgreSQL: one transaction selects the candidates with {@code FOR UPDATE SKIP LOCKED} and leases them. Rows
 *       another worker is claiming are skipped rather than waited for, and a row it has claimed no longer passes the
 *       select's condition once its transaction commits.
 *   <li>H2 has no {@code SKIP LOCKED}. It reads candidates without locking, leases them with one conditional
 *       {@code UPDATE … WHERE id IN (candidates) AND} (still claimable), committed at once, and then reads which of
 *       the candidates it now holds (its owner and lease end). H2 locks each row for the update and evaluates the
 *       condition on the latest committed version, so of two workers racing for a row exactly one changes it; the
 *       loser reads candidates again until it has its batch or none are left. A lease owner names one worker, so
 *       holding a candidate under this owner and lease end means this update won it. The statement commits alone,
 *       holding its row locks only while it runs.
 * </ul>
 *
 * Every move out of {@code claimed} (sent, retry, failed, skipped) requires the lease owner, so a worker whose lease
 * lapsed and whose message was claimed again cannot overwrite the new owner's result.
 */
public final class JdbcSendQueue implements SendQueue {
    private static final int BATCH = 2_000;
    /** How many times an H2 claim reads candidates again after losing every one of a round to other workers. */
    private static final int H2_ROUNDS = 100;

    private static final String PENDING = SendState.PENDING.wireName();
    private static final String CLAIMED = SendState.CLAIMED.wireName();
    private static final String RETRY = SendState.RETRY.wireName();
    private static final String CLAIMABLE = "customer_id IS NOT NULL AND ((state IN ('" + PENDING + "', '" + RETRY
            + "') AND next_attempt_at <= :now) OR (state = '" + CLAIMED + "' AND lease_until < :now))";
    private static final String EARLIEST_FIRST = " ORDER BY next_attempt_at, id";
    private static final String LEASE =
            "state = '" + CLAIMED + "', attempts = attempts + 1, lease_owner = :owner, lease_until = :until";
    private static final List<String> ENQUEUED = List.of(
            "campaign_id",
            "customer_id",
            "occurrence",
            "variant",
            "due_at",
            "state",
            "attempts",
            "next_attempt_at",
            "last_error");

    private final Database db;

    public JdbcSendQueue(Database db) {
        this.db = db;
    }

    @Override
    public int enqueue(List<PlannedSend> sends) {
        if (sends.isEmpty()) {
            return 0;
        }
        String sql =
                db.dialect().insertIgnore("send_queue", ENQUEUED, List.of("campaign_id", "customer_id", "occurrence"));
        return db.jdbi().inTransaction(h -> {
            Campaigns.requireExisting(
                    h, sends.stream().map(s -> s.key().campaignId()).distinct().toList());
            int added = 0;
            for (int from = 0; from < sends.size(); from += BATCH) {
                var batch = h.prepareBatch(sql);
                for (PlannedSend s : sends.subList(from, Math.min(sends.size(), from + BATCH))) {
                    batch.bind(0, s.key().campaignId())
                            .bind(1, s.key().customerId())
                            .bind(2, s.key().occurrence())
                            .bind(3, s.variant().orElse(null))
                            .bind(4, UtcTimestamps.of(s.dueAt()))
                            .bind(5, PENDING)
                            .bind(6, 0)
                            .bind(7, UtcTimestamps.of(s.dueAt()))
                            .bind(8, "")
                            .add();
                }
                for (int count : batch.execute()) {
                    added += Math.max(count, 0);
                }
            }
            return added;
        });
    }

    @Override
    public List<QueuedSend> claim(String campaignId, Lease lease, Instant now, int limit) {
        if (limit < 1) {
            throw MarketPilotException.invalid("A claim takes at least one message, not " + limit);
        }
        if (!lease.until().isAfter(now)) {
            // a lease over already would leave its own rows claimable, to be claimed a second time
            throw MarketPilotException.invalid(
                    "A lease must end after the claim, " + lease.until() + " is not after " + now);
        }
        return db.dialect() == Dialect.POSTGRESQL
                ? claimSkippingLocked(campaignId, lease, now, limit)
                : claimByConditionalUpdate(campaignId, lease, now, limit);
    }

    private List<QueuedSend> claimSkippingLocked(String campaignId, Lease lease, Instant now, int limit) {
        return db.jdbi().inTransaction(h -> {
            List<Long> ids = ClaimCandidates.earliest(h, campaignId, now, limit, true);
            if (ids.isEmpty()) {
                return List.<QueuedSend>of();
            }
            h.createUpdate("UPDATE send_queue SET " + LEASE + " WHERE id IN (<ids>)")
                    .bind("owner", lease.owner())
                    .bind("until", UtcTimestamps.of(lease.until()))
                    .bindList("ids", ids)
                    .execute();
            return read(h, ids);
        });
    }

    private List<QueuedSend> claimByConditionalUpdate(String campaignId, Lease lease, Instant now, int limit) {
        return db.jdbi().withHandle(h -> {
            List<Long> claimed = new ArrayList<>();
            for (int round = 0; round < H2_ROUNDS && claimed.size() < limit; round++) {
                List<Long> candidates = ClaimCandidates.earliest(h, campaignId, now, limit - claimed.size(), false);
                if (candidates.isEmpty()) {
                    break;
                }
                h.createUpdate("UPDATE send_queue SET " + LEASE + " WHERE id IN (<ids>) AND " + CLAIMABLE)
                        .bind("owner", lease.owner())
                        .bind("until", UtcTimestamps.of(lease.until()))
                        .bind("now", UtcTimestamps.of(now))
                        .bindList("ids", candidates)
                        .execute();
                claimed.addAll(h.createQuery("SELECT id FROM send_queue WHERE id IN (<ids>) AND state = :claimed AND"
                                + " lease_owner = :owner AND lease_until = :until")
                        .bind("claimed", CLAIMED)
                        .bind("owner", lease.owner())
                        .bind("until", UtcTimestamps.of(lease.until()))
                        .bindList("ids", candidates)
                        .mapTo(Long.class)
                        .list());
            }
            return claimed.isEmpty() ? List.<QueuedSend>of() : read(h, claimed);
        });
    }

    @Override
    public boolean markSent(SendKey key, String owner, Instant at) {
        return finish(key, owner, SendState.SENT, u -> u.bind("sentAt", UtcTimestamps.of(at))
                .bind("providerId", (String) null));
    }

    @Override
    public boolean markSent(SendKey key, String owner, Instant at, String providerMessageId) {
        return finish(key, owner, SendState.SENT, u -> u.bind("sentAt", UtcTimestamps.of(at))
                .bind("providerId", ReportedText.fit(providerMessageId, 1_000)));
    }

    @Override
    public boolean markRetry(SendKey key, String owner, Instant nextAttemptAt, String error) {
        return finish(key, owner, SendState.RETRY, u -> u.bind("next", UtcTimestamps.of(nextAttemptAt))
                .bind("error", ReportedText.fit(error, FieldLimits.NOTE)));
    }

    @Override
    public boolean markFailed(SendKey key, String owner, String error) {
        return finish(key, owner, SendState.FAILED, u -> u.bind("error", ReportedText.fit(error, FieldLimits.NOTE)));
    }

    @Override
    public boolean markSkipped(SendKey key, String owner, String reason) {
        return finish(key, owner, SendState.SKIPPED, u -> u.bind("error", ReportedText.fit(reason, FieldLimits.NOTE)));
    }

    /** Moves a claimed message held by {@code owner} to {@code next}, releasing the lease; false when not held. */
    private boolean finish(SendKey key, String owner, SendState next, UnaryOperator<Update> values) {
        String set =
                switch (next) {
                    case SENT -> "sent_at = :sentAt, provider_message_id = :providerId";
                    case RETRY -> "next_attempt_at = :next, last_error = :error";
                    case FAILED, SKIPPED -> "last_error = :error";
                    case PENDING, CLAIMED -> throw new IllegalArgumentException("A claim does not end as " + next);
                };
        return db.jdbi().withHandle(h -> values.apply(h.createUpdate("UPDATE send_queue SET state = :state, " + set
                                        + ", lease_owner = NULL, lease_until = NULL WHERE campaign_id = :campaign AND"
                                        + " customer_id = :customer AND occurrence = :occurrence AND state = :claimed AND"
                                        + " lease_owner = :owner")
                                .bind("state", next.wireName())
                                .bind("campaign", key.campaignId())
                                .bind("customer", key.customerId())
                                .bind("occurrence", key.occurrence())
                                .bind("claimed", CLAIMED)
                                .bind("owner", owner))
                        .execute())
                == 1;
    }

    @Override
    public int releaseExpired(Instant now) {
        return db.jdbi().withHandle(h -> h.createUpdate("UPDATE send_queue SET state = :retry, next_attempt_at = :now,"
                        + " lease_owner = NULL, lease_until = NULL WHERE state = :claimed AND lease_until <"
                        + " :now")
                .bind("retry", RETRY)
                .bind("claimed", CLAIMED)
                .bind("now", UtcTimestamps.of(now))
                .execute());
    }

    @Override
    public Map<SendState, Long> counts(String campaignId) {
        Map<SendState, Long> counts = new EnumMap<>(SendState.class);
        db.jdbi().useHandle(h -> h.createQuery(
                        "SELECT state, COUNT(*) AS n FROM send_queue WHERE campaign_id = ? GROUP BY state")
                .bind(0, campaignId)
                .map((rs, ctx) -> Map.entry(SendState.parse(rs.getString("state")), rs.getLong("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    @Override
    public Map<String, Integer> awaitingFromHigherPriority(
            java.util.Collection<String> customerIds, int priority, Instant dueBefore) {
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(customerIds));
        Map<String, Integer> awaiting = new java.util.HashMap<>();
        db.jdbi().useHandle(h -> {
            for (int from = 0; from < ids.size(); from += JdbcConsentStore.CHUNK) {
                h.createQuery("SELECT q.customer_id, COUNT(*) AS n FROM send_queue q JOIN campaigns c ON c.id ="
                                + " q.campaign_id WHERE q.customer_id IN (<ids>) AND q.state IN ('pending', 'retry',"
                                + " 'claimed') AND c.priority > :priority AND q.next_attempt_at < :before GROUP BY"
                                + " q.customer_id")
                        .bindList("ids", ids.subList(from, Math.min(ids.size(), from + JdbcConsentStore.CHUNK)))
                        .bind("priority", priority)
                        .bind("before", UtcTimestamps.of(dueBefore))
                        .map((rs, ctx) -> Map.entry(rs.getString("customer_id"), rs.getInt("n")))
                        .forEach(e -> awaiting.put(e.getKey(), e.getValue()));
            }
        });
        return awaiting;
    }

    @Override
    public Optional<QueuedSend> find(SendKey key) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT * FROM send_queue WHERE campaign_id = :campaign AND customer_id = :customer"
                                + " AND occurrence = :occurrence")
                .bind("campaign", key.campaignId())
                .bind("customer", key.customerId())
                .bind("occurrence", key.occurrence())
                .map((rs, ctx) -> queued(rs))
                .findOne());
    }

    @Override
    public List<QueuedSend> sentTo(String customerId) {
        return sentWhere("customer_id", customerId);
    }

    @Override
    public List<QueuedSend> sent(String campaignId) {
        // a forgotten customer's row keeps its count but no customer: nothing can be attributed to it
        return sentWhere("campaign_id", campaignId);
    }

    private List<QueuedSend> sentWhere(String column, String value) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM send_queue WHERE " + column
                        + " = :value AND state = :sent AND customer_id IS NOT NULL ORDER BY sent_at, id")
                .bind("value", value)
                .bind("sent", SendState.SENT.wireName())
                .map((rs, ctx) -> queued(rs))
                .list());
    }

    private static List<QueuedSend> read(Handle h, List<Long> ids) {
        return h.createQuery("SELECT * FROM send_queue WHERE id IN (<ids>)" + EARLIEST_FIRST)
                .bindList("ids", ids)
                .map((rs, ctx) -> queued(rs))
                .list();
    }

    private static QueuedSend queued(ResultSet rs) throws SQLException {
        return new QueuedSend(
                new SendKey(rs.getString("campaign_id"), rs.getString("customer_id"), rs.getLong("occurrence")),
                Optional.ofNullable(rs.getString("variant")),
                UtcTimestamps.read(rs, "due_at"),
                SendState.parse(rs.getString("state")),
                rs.getInt("attempts"),
                UtcTimestamps.read(rs, "next_attempt_at"),
                Optional.ofNullable(rs.getString("lease_owner")),
                UtcTimestamps.readOptional(rs, "lease_until"),
                rs.getString("last_error"),
                UtcTimestamps.readOptional(rs, "sent_at"));
    }
}
