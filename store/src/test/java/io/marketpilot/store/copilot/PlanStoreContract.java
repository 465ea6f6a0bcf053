package io.marketpilot.store.copilot;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.copilot.PlanStatus;
import io.marketpilot.core.copilot.StoredPlan;
import io.marketpilot.store.Database;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plan store's behaviour, run against H2 and PostgreSQL by the subclasses. */
abstract class PlanStoreContract {
    private static final Instant T0 = Instant.parse("2025-12-01T09:30:00Z");

    protected Database db;
    private JdbcPlanStore store;

    protected abstract Database open();

    protected void cleanUp() {}

    @BeforeEach
    void setUp() {
        db = open();
        store = new JdbcPlanStore(db);
    }

    @AfterEach
    void tearDown() {
        cleanUp();
        db.close();
    }

    private StoredPlan propose(String goal) {
        return store.save(StoredPlan.proposed(
                goal,
                "rule-based/1",
                "none",
                "{\"goal\":\"" + goal + "\"}",
                List.of("segmentation-run:7", "orders:12@2025-11-30"),
                "cli",
                T0));
    }

    @Test
    void aSavedPlanReadsBackWithItsProvenanceAndTheNewestIsListedFirst() {
        StoredPlan first = propose("win back lapsed customers");
        StoredPlan second = propose("launch the headset");

        assertThat(first.id()).isPositive();
        assertThat(store.find(first.id())).hasValueSatisfying(p -> {
            assertThat(p.goal()).isEqualTo("win back lapsed customers");
            assertThat(p.planner()).isEqualTo("rule-based/1");
            assertThat(p.body()).isEqualTo("{\"goal\":\"win back lapsed customers\"}");
            assertThat(p.snapshotIds()).containsExactly("segmentation-run:7", "orders:12@2025-11-30");
            assertThat(p.status()).isEqualTo(PlanStatus.PROPOSED);
            assertThat(p.createdAt()).isEqualTo(T0);
            assertThat(p.review()).isEmpty();
            assertThat(p.launched()).isEmpty();
        });
        assertThat(store.list(10)).extracting(StoredPlan::id).containsExactly(second.id(), first.id());
        assertThat(store.list(1)).extracting(StoredPlan::id).containsExactly(second.id());
        assertThat(store.find(9_999)).isEmpty();
    }

    @Test
    void onlyTheFirstReviewDecidesAndALaunchKeepsTheDraftsIds() {
        StoredPlan plan = propose("win back lapsed customers");
        StoredPlan.Review approval = new StoredPlan.Review("marketer-key", T0.plusSeconds(60), "looks right");

        assertThat(store.review(plan.id(), PlanStatus.APPROVED, approval)).isTrue();
        assertThat(store.review(plan.id(), PlanStatus.REJECTED, approval)).isFalse();
        store.launched(plan.id(), List.of("campaign:plan-1-win-back"));

        StoredPlan read = store.find(plan.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(PlanStatus.LAUNCHED);
        assertThat(read.review()).contains(approval);
        assertThat(read.launched()).containsExactly("campaign:plan-1-win-back");
    }
}
