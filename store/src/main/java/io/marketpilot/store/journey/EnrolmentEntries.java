package io.marketpilot.store.journey;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.journey.EnrolmentState;
import io.marketpilot.core.journey.NewEnrolment;
import io.marketpilot.core.journey.StepOutcome;
import io.marketpilot.core.journey.StepRecord;
import io.marketpilot.store.DuplicateKey;
import io.marketpilot.store.UtcTimestamps;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Writes entries into journeys inside the caller's transaction, one savepoint each: an entry the unique keys refuse
 * (the customer is in the journey already, or this trigger took them in before) is rolled back alone and the others
 * stay. PostgreSQL aborts a whole transaction on a failed statement unless it returns to a savepoint, and a
 * transaction per entry cost a file write per entry on H2 (WRITE_DELAY=0), most of an entry's time.
 */
final class EnrolmentEntries {
    private static final String ACTIVE = EnrolmentState.ACTIVE.wireName();
    private static final String SAVEPOINT = "journey_entry";

    private EnrolmentEntries() {}

    /** The ids of the entries written, in the order given; refused ones are left out. */
    static List<Long> insert(Handle h, List<NewEnrolment> entries) {
        requireVersions(h, entries);
        List<Long> ids = new ArrayList<>();
        for (NewEnrolment e : entries) {
            h.savepoint(SAVEPOINT);
            try {
                ids.add(insertOne(h, e));
                h.releaseSavepoint(SAVEPOINT);
            } catch (RuntimeException failure) {
                if (!DuplicateKey.causedBy(failure)) {
                    throw failure;
                }
                h.rollbackToSavepoint(SAVEPOINT);
            }
        }
        return ids;
    }

    private static void requireVersions(Handle h, List<NewEnrolment> entries) {
        Set<String> checked = new LinkedHashSet<>();
        for (NewEnrolment e : entries) {
            if (checked.add(e.journeyId() + "\u0000" + e.version())
                    && h.createQuery("SELECT COUNT(*) FROM journey_versions WHERE journey_id = ? AND version = ?")
                                    .bind(0, e.journeyId())
                                    .bind(1, e.version())
                                    .mapTo(Long.class)
                                    .one()
                            == 0) {
                throw MarketPilotException.notFound("Journey version", e.journeyId() + " v" + e.version());
            }
        }
    }

    private static long insertOne(Handle h, NewEnrolment e) {
        long id = h.createUpdate("INSERT INTO journey_enrolments (journey_id, version, customer_id,"
                        + " active_journey_id, step_id, state, holdout, entered_at, step_entered_at, due_at,"
                        + " wakes, wakes_seen, trigger_key) VALUES (:journey, :version, :customer, :journey,"
                        + " :step, :state, :holdout, :at, :at, :due, 0, 0, :trigger)")
                .bind("journey", e.journeyId())
                .bind("version", e.version())
                .bind("customer", e.customerId())
                .bind("step", e.firstStepId())
                .bind("state", ACTIVE)
                .bind("holdout", e.holdout())
                .bind("at", UtcTimestamps.of(e.at()))
                .bind("due", UtcTimestamps.of(e.dueAt()))
                .bind("trigger", e.trigger().orElse(null))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        JdbcEnrolments.record(h, id, List.of(new StepRecord(e.firstStepId(), StepOutcome.ENTERED, e.at())));
        return id;
    }
}
