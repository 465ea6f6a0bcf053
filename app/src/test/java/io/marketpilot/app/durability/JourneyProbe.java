package io.marketpilot.app.durability;

import io.marketpilot.app.Application;
import io.marketpilot.store.Database;
import io.marketpilot.store.UtcTimestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a journey's state straight from the store the servers share: where its customers are, how its messages stand
 * in the send queue, who holds leases now; and, for the crash test, lets the dead server's leases lapse. On the
 * embedded store it reaches the file through the running server's mixed-mode port, or opens it when none runs (then
 * it must be closed before a server starts).
 */
final class JourneyProbe implements AutoCloseable {
    private static final String OF_THE_JOURNEY = " journey_id = '" + JourneyShop.JOURNEY + "'";
    private static final String JOURNEY_QUEUE = " campaign_id IN (SELECT id FROM campaigns WHERE origin = 'journey')";

    private final Database db;

    private JourneyProbe(Database db) {
        this.db = db;
    }

    static JourneyProbe open(StoreUnderTest store) {
        return new JourneyProbe(Database.open(Application.database(store.config())));
    }

    /**
     * Where the journey stands: active enrolments by step, exited ones by reason, enrolments leased now, messages by
     * state, customers with more than one enrolment, and customers by how many messages were queued for them.
     */
    record Snapshot(
            Map<String, Long> activeByStep,
            Map<String, Long> exitedByReason,
            long leasedEnrolments,
            Map<String, Long> messagesByState,
            Set<String> enteredMoreThanOnce,
            Map<Long, Long> customersByMessages) {
        long active() {
            return activeByStep.values().stream().mapToLong(Long::longValue).sum();
        }

        long exited() {
            return exitedByReason.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    Snapshot snapshot() {
        return db.jdbi()
                .withHandle(h -> new Snapshot(
                        counts(
                                h,
                                "SELECT step_id, COUNT(*) FROM journey_enrolments WHERE state = 'active' AND"
                                        + OF_THE_JOURNEY + " GROUP BY step_id"),
                        counts(
                                h,
                                "SELECT exit_reason, COUNT(*) FROM journey_enrolments WHERE state = 'exited' AND"
                                        + OF_THE_JOURNEY + " GROUP BY exit_reason"),
                        h.createQuery("SELECT COUNT(*) FROM journey_enrolments WHERE lease_owner IS NOT NULL AND"
                                        + OF_THE_JOURNEY)
                                .mapTo(Long.class)
                                .one(),
                        counts(h, "SELECT state, COUNT(*) FROM send_queue WHERE" + JOURNEY_QUEUE + " GROUP BY state"),
                        new TreeSet<>(h.createQuery("SELECT customer_id FROM journey_enrolments WHERE" + OF_THE_JOURNEY
                                        + " GROUP BY customer_id HAVING COUNT(*) > 1")
                                .mapTo(String.class)
                                .list()),
                        h.createQuery("SELECT n, COUNT(*) FROM (SELECT customer_id, COUNT(*) AS n FROM send_queue WHERE"
                                        + JOURNEY_QUEUE + " GROUP BY customer_id) per_customer GROUP BY n")
                                .reduceRows(new TreeMap<Long, Long>(), (m, row) -> {
                                    m.put(row.getColumn(1, Long.class), row.getColumn(2, Long.class));
                                    return m;
                                })));
    }

    private static Map<String, Long> counts(org.jdbi.v3.core.Handle h, String sql) {
        return h.createQuery(sql).reduceRows(new TreeMap<String, Long>(), (m, row) -> {
            m.put(String.valueOf(row.getColumn(1, String.class)), row.getColumn(2, Long.class));
            return m;
        });
    }

    /**
     * Customers whose {@code signed_up} event is stored but who never entered the journey: what a server killed
     * between storing an event and running its triggers leaves behind until the event is posted again.
     */
    long storedButNotEntered() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM events e WHERE e.type = 'signed_up' AND"
                        + " NOT EXISTS (SELECT 1 FROM journey_enrolments j WHERE j.customer_id = e.customer_id AND"
                        + OF_THE_JOURNEY.replace("journey_id", "j.journey_id") + ")")
                .mapTo(Long.class)
                .one());
    }

    /** The lease owners holding journey enrolments now, and those holding queued messages. */
    record Owners(Set<String> enrolments, Set<String> messages) {}

    Owners leaseOwners() {
        return db.jdbi()
                .withHandle(h -> new Owners(
                        new TreeSet<>(
                                h.createQuery("SELECT DISTINCT lease_owner FROM journey_enrolments WHERE lease_owner IS"
                                                + " NOT NULL AND" + OF_THE_JOURNEY)
                                        .mapTo(String.class)
                                        .list()),
                        new TreeSet<>(h.createQuery(
                                        "SELECT DISTINCT lease_owner FROM send_queue WHERE lease_owner IS NOT NULL"
                                                + " AND" + JOURNEY_QUEUE)
                                .mapTo(String.class)
                                .list())));
    }

    /**
     * Ends every lease held now, as if their five minutes had passed: what a dead worker held becomes claimable for
     * the next one. Returns how many enrolments and messages were held.
     */
    int lapseLeases() {
        Instant past = Instant.now().minus(Duration.ofSeconds(1));
        return db.jdbi()
                .inTransaction(h -> h.createUpdate(
                                        "UPDATE journey_enrolments SET lease_until = :past WHERE lease_owner IS NOT NULL")
                                .bind("past", UtcTimestamps.of(past))
                                .execute()
                        + h.createUpdate("UPDATE send_queue SET lease_until = :past WHERE state = 'claimed'")
                                .bind("past", UtcTimestamps.of(past))
                                .execute());
    }

    @Override
    public void close() {
        db.close();
    }
}
