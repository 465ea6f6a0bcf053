package io.marketpilot.store.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;
import io.marketpilot.store.UtcTimestamps;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journey store contract, two claimers racing included, on the embedded H2 file database. */
class H2JourneyStoreIT extends JourneyClaimRaceContract {
    @TempDir
    Path dir;

    @Override
    protected Database open() {
        return TestDatabases.h2(dir);
    }

    /**
     * H2 sorted every due enrolment for each claim of a few while the due index lacked the id (0.4 s a claim over
     * 200,000 due rows, so a million timers took time quadratic in their number); it must read them in the index's
     * order.
     */
    @Test
    void aClaimReadsTheEarliestDueEnrolmentsInTheDueIndexsOrderWithoutSortingThem() {
        String plan = db.jdbi().withHandle(h -> h.createQuery("EXPLAIN " + JdbcEnrolments.DUE_CANDIDATES)
                .bind("now", UtcTimestamps.of(T0))
                .bind("limit", 50)
                .mapTo(String.class)
                .one());

        assertThat(plan).contains("JOURNEY_ENROLMENTS_DUE").contains("/* index sorted */");
    }

    /** The same file database: a second pool in this process shares H2's engine, as the loopback server would. */
    @Override
    protected Database openSecondPool() {
        return TestDatabases.h2(dir);
    }
}
