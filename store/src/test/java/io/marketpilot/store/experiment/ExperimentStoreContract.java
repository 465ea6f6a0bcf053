package io.marketpilot.store.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.core.experiment.BanditSnapshot;
import io.marketpilot.core.experiment.BanditStates;
import io.marketpilot.core.experiment.Experiment;
import io.marketpilot.core.experiment.ExperimentEvent;
import io.marketpilot.core.experiment.ExperimentStatus;
import io.marketpilot.core.experiment.ExperimentStore;
import io.marketpilot.core.experiment.OptimisationRound;
import io.marketpilot.core.experiment.OptimisationRounds;
import io.marketpilot.core.experiment.PrimaryMetric;
import io.marketpilot.core.experiment.UnitOutcome;
import io.marketpilot.core.experiment.Variant;
import io.marketpilot.store.Database;
import io.marketpilot.store.customer.JdbcCustomerRepository;
import io.marketpilot.store.event.JdbcEventRepository;
import io.marketpilot.store.order.JdbcOrderRepository;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Experiments, their events, bandit state and optimisation rounds, run against every real database. */
abstract class ExperimentStoreContract {
    static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 1, 9, 0);

    protected Database db;
    ExperimentStore experiments;
    JdbcExperimentEvents events;

    protected abstract Database open();

    protected void cleanUp() {}

    @BeforeEach
    void setUp() {
        db = open();
        experiments = new JdbcExperimentStore(db);
        events = new JdbcExperimentEvents(db);
    }

    @AfterEach
    void tearDown() {
        cleanUp();
        db.close();
    }

    static Experiment experiment(String id, String campaign) {
        return new Experiment(
                id,
                "Subject line test",
                Experiment.AB,
                ExperimentStatus.DRAFT,
                PrimaryMetric.REVENUE_PER_USER,
                List.of("click_through"),
                "Loyal regulars",
                "salt-" + id,
                0.05,
                0.5,
                campaign,
                T0,
                null,
                null,
                null,
                null,
                List.of(
                        new Variant("A", 1, null, "Spring sale: 10 % off", true),
                        new Variant("B", 2, "CV-7", "Your spring picks, 10 % off", false)));
    }

    @Test
    void anExperimentRoundTripsWithVariantsInOrderAndItsLifecycle() {
        experiments.create(experiment("exp-1", "spring"));
        Experiment stored = experiments.find("exp-1").orElseThrow();
        assertThat(stored).isEqualTo(experiment("exp-1", "spring"));

        Experiment running = stored.withVariants(List.of(
                        stored.variants().get(0), stored.variants().get(1).approve()))
                .withStatus(ExperimentStatus.RUNNING, T0.plusDays(1), null);
        experiments.update(running);
        Experiment decided = running.withStatus(ExperimentStatus.DECIDED, T0.plusDays(9), "Ship B");
        experiments.update(decided);

        Experiment back = experiments.find("exp-1").orElseThrow();
        assertThat(back.status()).isEqualTo(ExperimentStatus.DECIDED);
        assertThat(back.startedAt()).isEqualTo(T0.plusDays(1));
        assertThat(back.decidedAt()).isEqualTo(T0.plusDays(9));
        assertThat(back.decision()).isEqualTo("Ship B");
        assertThat(back.variants().get(1).approved()).isTrue();
        assertThat(experiments.find("nope")).isEmpty();
    }

    @Test
    void aSecondExperimentWithTheSameIdIsAConflict() {
        experiments.create(experiment("exp-1", null));
        assertThatThrownBy(() -> experiments.create(experiment("exp-1", null)))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("exists already");
        experiments.create(experiment("exp-2", "spring"));
        assertThat(experiments.list(Optional.empty())).hasSize(2);
        assertThat(experiments.list(Optional.of("spring")))
                .extracting(Experiment::id)
                .containsExactly("exp-2");
    }

    @Test
    void experimentEventsShareTheEventsTableAndItsIdsAndAggregatePerUnit() {
        experiments.create(experiment("exp-1", null));
        List<ExperimentEvent> batch = List.of(
                new ExperimentEvent("e1", "exposure", "exp-1", "A", "u1", 0, null, T0),
                new ExperimentEvent("e2", "exposure", "exp-1", "A", "u1", 0, null, T0.plusHours(1)),
                new ExperimentEvent("e3", "conversion", "exp-1", "A", "u1", 12.5, null, T0.plusHours(2)),
                new ExperimentEvent("e4", "conversion", "exp-1", "A", "u1", 7.5, null, T0.plusHours(3)),
                new ExperimentEvent("e5", "exposure", "exp-1", "B", "u2", 0, null, T0),
                new ExperimentEvent("e6", "click", "exp-1", "B", "u2", 0, null, T0.plusMinutes(5)));
        events.write(batch);
        events.write(List.of(new ExperimentEvent("e1", "conversion", "exp-1", "A", "u1", 99, null, T0)));

        assertThat(events.existingIds(List.of("e1", "e6", "zz"))).containsExactlyInAnyOrder("e1", "e6");
        assertThat(new JdbcEventRepository(db).count()).isEqualTo(6);
        List<UnitOutcome> outcomes = events.outcomes("exp-1");
        assertThat(outcomes).hasSize(2);
        UnitOutcome u1 = outcomes.get(0);
        assertThat(u1.unitId()).isEqualTo("u1");
        assertThat(u1.exposedAt()).contains(T0);
        assertThat(u1.convertedAt()).contains(T0.plusHours(2));
        assertThat(u1.clickedAt()).isEmpty();
        assertThat(u1.value()).isEqualTo(20.0);
        assertThat(outcomes.get(1).clickedAt()).contains(T0.plusMinutes(5));
        assertThat(events.countsByExperiment()).containsEntry("exp-1", 6L);
        assertThat(new JdbcEventRepository(db)
                        .list(new io.marketpilot.core.page.PageRequest(0, 10, null))
                        .items())
                .anySatisfy(e -> assertThat(e.properties()).containsEntry("experiment", "exp-1"));
    }

    @Test
    void theErasureStepRemovesOnlyThatUnitsExperimentEvents() {
        experiments.create(experiment("exp-1", null));
        events.write(List.of(
                new ExperimentEvent("e1", "exposure", "exp-1", "A", "C1", 0, null, T0),
                new ExperimentEvent("e2", "exposure", "exp-1", "B", "C2", 0, null, T0)));
        int erased = db.jdbi().inTransaction(h -> events.erasure().erase(h, "C1"));
        assertThat(erased).isEqualTo(1);
        assertThat(events.outcomes("exp-1")).extracting(UnitOutcome::unitId).containsExactly("C2");
    }

    @Test
    void banditStateIsReplacedNotAppended() {
        experiments.create(experiment("exp-1", null));
        BanditStates states = new JdbcBanditStates(db);
        assertThat(states.find("exp-1")).isEmpty();
        states.save("exp-1", snapshot(List.of(1L, 0L)), T0);
        BanditSnapshot latest = snapshot(List.of(1L, 1L));
        states.save("exp-1", latest, T0.plusMinutes(1));
        assertThat(states.find("exp-1")).contains(latest);
        long rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM bandit_states")
                .mapTo(Long.class)
                .one());
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void banditStateWrittenByEarlierVersionsStillReads() {
        experiments.create(experiment("exp-1", null));
        // the layout the service wrote before the store serialised, plus a field this version does not know
        String earlier = "{\"policy\":\"epsilon-greedy\",\"parameters\":{\"epsilon\":0.1},\"pulls\":[3,1],"
                + "\"rewardSums\":[2.0,0.0],\"rewardSquareSums\":[2.0,0.0],\"arms\":2}";
        db.jdbi()
                .useHandle(h -> h.execute(
                        "INSERT INTO bandit_states (experiment_id, state, updated_at) VALUES (?, ?, ?)",
                        "exp-1",
                        earlier,
                        T0));
        assertThat(new JdbcBanditStates(db).find("exp-1"))
                .contains(new BanditSnapshot(
                        "epsilon-greedy",
                        Map.of("epsilon", 0.1),
                        List.of(3L, 1L),
                        List.of(2.0, 0.0),
                        List.of(2.0, 0.0)));
    }

    private static BanditSnapshot snapshot(List<Long> pulls) {
        List<Double> sums = pulls.stream().map(Long::doubleValue).toList();
        return new BanditSnapshot("thompson", Map.of("prior", 1.0), pulls, sums, sums);
    }

    @Test
    void optimisationRoundsKeepTheirHistoryInOrder() {
        experiments.create(experiment("exp-1", "spring"));
        experiments.create(experiment("exp-2", "spring"));
        OptimisationRounds rounds = new JdbcOptimisationRounds(db);
        rounds.add(new OptimisationRound(
                0,
                "spring",
                2,
                "exp-2",
                "no_difference",
                null,
                List.of(),
                "nothing",
                List.of(),
                "none",
                null,
                "Stop",
                T0.plusDays(20)));
        rounds.add(new OptimisationRound(
                0,
                "spring",
                1,
                "exp-1",
                "winner",
                "B",
                List.of("A"),
                "words only in the winner: picks, your",
                List.of("Draft one, with a comma", "Draft two"),
                "template-recombination",
                "exp-2",
                "Ship B",
                T0.plusDays(10)));

        List<OptimisationRound> history = rounds.forCampaign("spring");
        assertThat(history).extracting(OptimisationRound::round).containsExactly(1, 2);
        assertThat(history.get(0).challengers()).containsExactly("Draft one, with a comma", "Draft two");
        assertThat(history.get(0).retired()).containsExactly("A");
        assertThat(history.get(1).retired()).isEmpty();
        assertThat(rounds.forCampaign("other")).isEmpty();
    }

    @Test
    void prePeriodRevenueSumsEachCustomersOrdersInsideTheWindowOnly() {
        JdbcCustomerRepository customers = new JdbcCustomerRepository(db);
        JdbcOrderRepository orders = new JdbcOrderRepository(db);
        for (String id : List.of("C1", "C2")) {
            customers.save(new Customer(id, null, null, "GB", null, null));
        }
        orders.save(order("O-in", "C1", T0.minusDays(10), 30, 20));
        orders.save(order("O-before", "C1", T0.minusDays(40), 500));
        orders.save(order("O-at-end", "C1", T0, 700));
        orders.save(order("O-c2-before", "C2", T0.minusDays(31), 90));

        Map<String, Double> revenue =
                new JdbcPrePeriodRevenue(db).of(List.of("C1", "C2", "ghost"), T0.minusDays(30), T0);

        assertThat(revenue).containsOnly(Map.entry("C1", 50.0), Map.entry("C2", 0.0));
    }

    private static Order order(String id, String customer, LocalDateTime at, double... amounts) {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            lines.add(new OrderLine(i + 1, "P" + i, 1, amounts[i], amounts[i]));
        }
        return new Order(id, customer, at, "GB", OrderKind.SALE, lines);
    }
}
