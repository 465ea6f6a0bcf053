package io.marketpilot.store.journey;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.Lease;
import io.marketpilot.core.journey.Enrolment;
import io.marketpilot.core.journey.EnrolmentState;
import io.marketpilot.core.journey.Enrolments;
import io.marketpilot.core.journey.Move;
import io.marketpilot.core.journey.NewEnrolment;
import io.marketpilot.core.journey.StepCount;
import io.marketpilot.core.journey.StepOutcome;
import io.marketpilot.core.journey.StepRecord;
import io.marketpilot.store.Database;
import io.marketpilot.store.Dialect;
import io.marketpilot.store.UtcTimestamps;
import io.marketpilot.store.privacy.ErasureStep;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Enrolments in {@code journey_enrolments} and their history in {@code journey_step_history}. Claims work as the
 * campaigns' send queue's do ({@code JdbcSendQueue}): on PostgreSQL one transaction selects due rows
 * {@code FOR UPDATE SKIP LOCKED} and leases them; H2, which has no {@code SKIP LOCKED}, leases candidates with one
 * conditional {@code UPDATE … WHERE id IN (candidates) AND} (still claimable) and then reads which of them it holds,
 * since H2 evaluates the condition on the latest committed row, so of two workers racing for a row exactly one wins
 * it. Every move requires the lease owner and writes its history lines in the same transaction.
 */
public final class JdbcEnrolments implements Enrolments {
    /** How many times an H2 claim reads candidates again after losing every one of a round to other workers. */
    private static final int H2_ROUNDS = 100;

    /**
     * Customers woken or read by one statement: an intake batch's worth, well inside every driver's parameter limit.
     */
    private static final int CUSTOMER_CHUNK = 1_000;

    private static final String ACTIVE = EnrolmentState.ACTIVE.wireName();
    private static final String EXITED = EnrolmentState.EXITED.wireName();
    private static final String CLAIMABLE =
            "state = '" + ACTIVE + "' AND due_at <= :now AND (lease_owner IS NULL OR lease_until < :now)";
    private static final String EARLIEST_FIRST = " ORDER BY due_at, id";
    /**
     * The earliest claimable enrolments: ordered as {@link #EARLIEST_FIRST} (state is fixed by the condition), but
     * spelt as the due index's columns (V21), so that H2 reads the first rows in the index's order instead of sorting
     * every due row for each claim.
     */
    static final String DUE_CANDIDATES =
            "SELECT id FROM journey_enrolments WHERE " + CLAIMABLE + " ORDER BY state, due_at, id LIMIT :limit";

    private static final String LEASE = "lease_owner = :owner, lease_until = :until, wakes_seen = wakes";
    private static final String HELD = " WHERE id = :id AND state = '" + ACTIVE + "' AND lease_owner = :owner";

    private final Database db;

    public JdbcEnrolments(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Enrolment> enrol(NewEnrolment e) {
        return enrolAll(List.of(e)).stream().findFirst();
    }

    @Override
    public List<Enrolment> enrolAll(List<NewEnrolment> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        return db.jdbi().inTransaction(h -> {
            List<Long> ids = EnrolmentEntries.insert(h, entries);
            // ids are given in insertion order, so in the order of the entries
            return ids.isEmpty()
                    ? List.<Enrolment>of()
                    : h.createQuery("SELECT * FROM journey_enrolments WHERE id IN (<ids>) ORDER BY id")
                            .bindList("ids", ids)
                            .map((rs, ctx) -> enrolment(rs))
                            .list();
        });
    }

    @Override
    public Optional<Enrolment> find(long id) {
        return db.jdbi().withHandle(h -> find(h, id));
    }

    @Override
    public List<Enrolment> ofCustomer(String journeyId, String customerId) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT * FROM journey_enrolments WHERE journey_id = ? AND customer_id = ? ORDER BY id")
                .bind(0, journeyId)
                .bind(1, customerId)
                .map((rs, ctx) -> enrolment(rs))
                .list());
    }

    @Override
    public Map<String, List<Enrolment>> ofCustomers(String journeyId, Collection<String> customerIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(customerIds));
        Map<String, List<Enrolment>> byCustomer = new HashMap<>();
        db.jdbi().useHandle(h -> {
            for (int from = 0; from < ids.size(); from += CUSTOMER_CHUNK) {
                h.createQuery("SELECT * FROM journey_enrolments WHERE journey_id = :journey AND customer_id IN"
                                + " (<customers>) ORDER BY id")
                        .bind("journey", journeyId)
                        .bindList("customers", ids.subList(from, Math.min(ids.size(), from + CUSTOMER_CHUNK)))
                        .map((rs, ctx) -> enrolment(rs))
                        .forEach(e -> byCustomer
                                .computeIfAbsent(e.customerId(), k -> new ArrayList<>())
                                .add(e));
            }
        });
        return byCustomer;
    }

    @Override
    public List<Enrolment> claimDue(Lease lease, Instant now, int limit) {
        if (limit < 1) {
            throw MarketPilotException.invalid("A claim takes at least one enrolment, not " + limit);
        }
        if (!lease.until().isAfter(now)) {
            // a lease over already would leave its own rows claimable, to be claimed a second time
            throw MarketPilotException.invalid(
                    "A lease must end after the claim, " + lease.until() + " is not after " + now);
        }
        return db.dialect() == Dialect.POSTGRESQL
                ? claimSkippingLocked(lease, now, limit)
                : claimByConditionalUpdate(lease, now, limit);
    }

    private List<Enrolment> claimSkippingLocked(Lease lease, Instant now, int limit) {
        return db.jdbi().inTransaction(h -> {
            List<Long> ids = h.createQuery(DUE_CANDIDATES + " FOR UPDATE SKIP LOCKED")
                    .bind("now", UtcTimestamps.of(now))
                    .bind("limit", limit)
                    .mapTo(Long.class)
                    .list();
            if (ids.isEmpty()) {
                return List.<Enrolment>of();
            }
            h.createUpdate("UPDATE journey_enrolments SET " + LEASE + " WHERE id IN (<ids>)")
                    .bind("owner", lease.owner())
                    .bind("until", UtcTimestamps.of(lease.until()))
                    .bindList("ids", ids)
                    .execute();
            return read(h, ids);
        });
    }

    private List<Enrolment> claimByConditionalUpdate(Lease lease, Instant now, int limit) {
        return db.jdbi().withHandle(h -> {
            List<Long> claimed = new ArrayList<>();
            for (int round = 0; round < H2_ROUNDS && claimed.size() < limit; round++) {
                List<Long> candidates = h.createQuery(DUE_CANDIDATES)
                        .bind("now", UtcTimestamps.of(now))
                        .bind("limit", limit - claimed.size())
                        .mapTo(Long.class)
                        .list();
                if (candidates.isEmpty()) {
                    break;
                }
                h.createUpdate("UPDATE journey_enrolments SET " + LEASE + " WHERE id IN (<ids>) AND " + CLAIMABLE)
                        .bind("owner", lease.owner())
                        .bind("until", UtcTimestamps.of(lease.until()))
                        .bind("now", UtcTimestamps.of(now))
                        .bindList("ids", candidates)
                        .execute();
                claimed.addAll(h.createQuery("SELECT id FROM journey_enrolments WHERE id IN (<ids>) AND"
                                + " lease_owner = :owner AND lease_until = :until")
                        .bind("owner", lease.owner())
                        .bind("until", UtcTimestamps.of(lease.until()))
                        .bindList("ids", candidates)
                        .mapTo(Long.class)
                        .list());
            }
            return claimed.isEmpty() ? List.<Enrolment>of() : read(h, claimed);
        });
    }

    @Override
    public boolean move(long enrolmentId, String owner, Move move) {
        return db.jdbi().inTransaction(h -> {
            int changed =
                    switch (move) {
                        case Move.Stay stay ->
                            h.createUpdate("UPDATE journey_enrolments SET step_id = :step,"
                                            + " step_entered_at = :stepAt, due_at = CASE WHEN wakes <> wakes_seen THEN"
                                            + " LEAST(:due, woken_at) ELSE :due END, lease_owner = NULL, lease_until ="
                                            + " NULL" + HELD)
                                    .bind("step", stay.stepId())
                                    .bind("stepAt", UtcTimestamps.of(stay.stepEnteredAt()))
                                    .bind("due", UtcTimestamps.of(stay.dueAt()))
                                    .bind("id", enrolmentId)
                                    .bind("owner", owner)
                                    .execute();
                        case Move.Leave leave ->
                            h.createUpdate("UPDATE journey_enrolments SET state = :exited,"
                                            + " active_journey_id = NULL, due_at = NULL, exited_at = :at, exit_reason ="
                                            + " :reason, lease_owner = NULL, lease_until = NULL" + HELD)
                                    .bind("exited", EXITED)
                                    .bind("at", UtcTimestamps.of(leave.at()))
                                    .bind("reason", leave.reason())
                                    .bind("id", enrolmentId)
                                    .bind("owner", owner)
                                    .execute();
                    };
            if (changed != 1) {
                return false;
            }
            record(h, enrolmentId, move.history());
            return true;
        });
    }

    @Override
    public int wakeAll(Collection<String> customerIds, Instant now) {
        if (customerIds.isEmpty()) {
            return 0;
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(customerIds));
        return db.jdbi().inTransaction(h -> {
            int woken = 0;
            for (int from = 0; from < ids.size(); from += CUSTOMER_CHUNK) {
                woken += h.createUpdate("UPDATE journey_enrolments SET wakes = wakes + 1, woken_at = :now, due_at ="
                                + " CASE WHEN due_at > :now THEN :now ELSE due_at END WHERE customer_id IN"
                                + " (<customers>) AND state = :active")
                        .bind("now", UtcTimestamps.of(now))
                        .bindList("customers", ids.subList(from, Math.min(ids.size(), from + CUSTOMER_CHUNK)))
                        .bind("active", ACTIVE)
                        .execute();
            }
            return woken;
        });
    }

    @Override
    public List<StepCount> stepCounts(String journeyId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT version, step_id, outcome, holdout, COUNT(*) AS n FROM"
                        + " journey_step_history WHERE journey_id = ? GROUP BY version, step_id, outcome, holdout"
                        + " ORDER BY version, step_id, outcome, holdout")
                .bind(0, journeyId)
                .map((rs, ctx) -> new StepCount(
                        rs.getInt("version"),
                        rs.getString("step_id"),
                        StepOutcome.parse(rs.getString("outcome")),
                        rs.getBoolean("holdout"),
                        rs.getLong("n")))
                .list());
    }

    @Override
    public Map<String, Long> activeByStep(String journeyId) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        db.jdbi()
                .useHandle(h -> h.createQuery("SELECT step_id, COUNT(*) AS n FROM journey_enrolments WHERE journey_id ="
                                + " :journey AND state = :active GROUP BY step_id")
                        .bind("journey", journeyId)
                        .bind("active", EnrolmentState.ACTIVE.wireName())
                        .map((rs, ctx) -> Map.entry(rs.getString("step_id"), rs.getLong("n")))
                        .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    /**
     * Forgetting a customer deletes their enrolments; the step history names no customer and stays, unlinked, so the
     * journey report's counts do not change.
     */
    public static ErasureStep erasure() {
        return new ErasureStep() {
            @Override
            public String name() {
                return "journeys";
            }

            @Override
            public int erase(Handle h, String customerId) {
                return h.createUpdate("DELETE FROM journey_enrolments WHERE customer_id = ?")
                        .bind(0, customerId)
                        .execute();
            }
        };
    }

    /** Writes history lines of an enrolment, copying its journey, version and holdout flag from its row. */
    static void record(Handle h, long enrolmentId, List<StepRecord> lines) {
        if (lines.isEmpty()) {
            return;
        }
        var batch = h.prepareBatch("INSERT INTO journey_step_history (enrolment_id, journey_id, version, step_id,"
                + " outcome, holdout, occurred_at) SELECT id, journey_id, version, :step, :outcome, holdout, :at FROM"
                + " journey_enrolments WHERE id = :id");
        for (StepRecord line : lines) {
            batch.bind("id", enrolmentId)
                    .bind("step", line.stepId())
                    .bind("outcome", line.outcome().wireName())
                    .bind("at", UtcTimestamps.of(line.at()))
                    .add();
        }
        batch.execute();
    }

    private static Optional<Enrolment> find(Handle h, long id) {
        return h.createQuery("SELECT * FROM journey_enrolments WHERE id = ?")
                .bind(0, id)
                .map((rs, ctx) -> enrolment(rs))
                .findOne();
    }

    private static List<Enrolment> read(Handle h, List<Long> ids) {
        return h.createQuery("SELECT * FROM journey_enrolments WHERE id IN (<ids>)" + EARLIEST_FIRST)
                .bindList("ids", ids)
                .map((rs, ctx) -> enrolment(rs))
                .list();
    }

    private static Enrolment enrolment(ResultSet rs) throws SQLException {
        return new Enrolment(
                rs.getLong("id"),
                rs.getString("journey_id"),
                rs.getInt("version"),
                rs.getString("customer_id"),
                rs.getString("step_id"),
                EnrolmentState.parse(rs.getString("state")),
                rs.getBoolean("holdout"),
                UtcTimestamps.read(rs, "entered_at"),
                UtcTimestamps.read(rs, "step_entered_at"),
                UtcTimestamps.readOptional(rs, "due_at"),
                UtcTimestamps.readOptional(rs, "exited_at"),
                Optional.ofNullable(rs.getString("exit_reason")));
    }
}
