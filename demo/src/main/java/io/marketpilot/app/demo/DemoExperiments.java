package io.marketpilot.app.demo;

import io.marketpilot.app.experiment.ExperimentService;
import io.marketpilot.app.experiment.NewExperiment;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.experiment.Variant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The demo's experiments, with SIMULATED events (seeded, so every demo store holds the same numbers): a running
 * homepage test, a decided three-way e-mail subject test whose campaign has one optimisation round, a running
 * revenue test on the sample customers that CUPED can adjust with their past orders, a Thompson-sampling
 * bandit, and a members' offer targeted at the largest segment (its units are that segment's customers). The rates below are made up for the demo; nothing here is a measured result.
 */
public final class DemoExperiments {
    static final String ACTOR = "demo";
    private static final int BATCH = 5_000;

    private DemoExperiments() {}

    /** Creates the demo experiments unless the store has experiments already; returns how many were created. */
    public static int seedIfEmpty(Services app) {
        if (!app.experiments.list().isEmpty()) {
            return 0;
        }
        LocalDateTime now = LocalDateTime.now(app.clock).withNano(0);
        ExperimentService x = app.experiments;

        x.create(
                spec(
                        "homepage-hero",
                        "Homepage hero: delivery promise",
                        "conversion",
                        null,
                        0.01,
                        List.of(
                                approved("A", "Free delivery on orders over €40"),
                                approved("B", "Free delivery and 30-day free returns"))),
                ACTOR);
        x.start("homepage-hero", ACTOR, now.minusDays(14));
        simulateConversions(app, "homepage-hero", new double[] {0.040, 0.046}, 450, 14, now.minusDays(14), 11);

        x.create(
                spec(
                        "welcome-subject",
                        "Welcome e-mail subject line",
                        "conversion",
                        "welcome-email",
                        0.01,
                        List.of(
                                approved("A", "Welcome to the shop"),
                                approved("B", "Welcome! Here is 10 % off your first order"),
                                approved("C", "Your first order ships free, on us"))),
                ACTOR);
        x.start("welcome-subject", ACTOR, now.minusDays(35));
        simulateConversions(app, "welcome-subject", new double[] {0.100, 0.105, 0.130}, 900, 21, now.minusDays(35), 12);
        x.stop("welcome-subject", ACTOR);
        app.optimisation.advance("welcome-subject", ACTOR);

        x.create(
                spec(
                        "loyalty-offer",
                        "Loyalty offer in the account page",
                        "revenue_per_user",
                        null,
                        2.0,
                        List.of(approved("A", "No offer"), approved("B", "Double points this month"))),
                ACTOR);
        x.start("loyalty-offer", ACTOR, now.minusDays(10));
        simulateRevenue(app, "loyalty-offer", now.minusDays(10), 13);

        x.create(
                bandit(spec(
                        "banner-bandit",
                        "Category banner (Thompson sampling)",
                        "conversion",
                        null,
                        0.01,
                        List.of(
                                approved("Gadgets", "New in: gadgets for the desk"),
                                approved("Audio", "Sound that travels: earbuds and speakers"),
                                approved("Home", "Make home smarter")))),
                ACTOR);
        x.start("banner-bandit", ACTOR, now.minusDays(7));
        simulateBandit(app, "banner-bandit", new double[] {0.05, 0.08, 0.06}, 1_500, 14);
        return 4 + seedTargeted(app, now);
    }

    /**
     * A members' offer for the largest segment of the latest segmentation run: its units are that segment's
     * customers, since a targeted experiment assigns no one else. Skipped when the store has no segmentation yet.
     */
    private static int seedTargeted(Services app, LocalDateTime now) {
        var run = app.segments.latest();
        var largest = app.segments.largestSegment();
        if (run.isEmpty() || largest.isEmpty()) {
            return 0;
        }
        int segment = Integer.parseInt(largest.get());
        String persona = run.get().segmentName(segment);
        List<String> members = app.segments.members(run.get().run().id()).stream()
                .filter(m -> m.segment() == segment)
                .map(m -> m.customerId())
                .toList();
        var spec = spec(
                "members-offer",
                "Members' offer for " + persona,
                "conversion",
                null,
                0.02,
                List.of(
                        approved("A", "Thanks for shopping with us"),
                        approved("B", "A members' gift with your next order")));
        app.experiments.create(
                new NewExperiment(
                        spec.id(),
                        spec.name(),
                        spec.design(),
                        spec.metric(),
                        spec.guardrails(),
                        persona,
                        null,
                        spec.alpha(),
                        spec.expectedEffect(),
                        null,
                        spec.variants()),
                ACTOR);
        app.experiments.start("members-offer", ACTOR, now.minusDays(10));
        simulateConversions(app, "members-offer", new double[] {0.06, 0.09}, members, 10, now.minusDays(10), 14);
        return 1;
    }

    private static NewExperiment spec(
            String id, String name, String metric, @Nullable String campaign, double effect, List<Variant> variants) {
        return new NewExperiment(
                id, name, "ab", metric, List.of("click_through"), null, null, 0.05, effect, campaign, variants);
    }

    private static NewExperiment bandit(NewExperiment ab) {
        return new NewExperiment(
                ab.id(),
                ab.name(),
                "thompson",
                ab.metric(),
                List.of(),
                null,
                null,
                ab.alpha(),
                ab.expectedEffect(),
                null,
                ab.variants());
    }

    private static Variant approved(String name, String text) {
        return new Variant(name, 1, null, text, true);
    }

    /** Visitors arrive each day, are assigned by the real hashing, see the page and convert at their arm's rate. */
    private static void simulateConversions(
            Services app, String id, double[] rates, int perDay, int days, LocalDateTime start, long seed) {
        List<String> visitors = java.util.stream.IntStream.range(0, perDay * days)
                .mapToObj(i -> id + "-visitor-" + i)
                .toList();
        simulateConversions(app, id, rates, visitors, days, start, seed);
    }

    /** The units arrive spread evenly over the days, in the order given, and convert at their arm's rate. */
    private static void simulateConversions(
            Services app, String id, double[] rates, List<String> units, int days, LocalDateTime start, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Map<String, Object>> batch = new ArrayList<>();
        int perDay = (units.size() + days - 1) / days;
        int unit = 0;
        for (int d = 0; d < days && unit < units.size(); d++) {
            for (int i = 0; i < perDay && unit < units.size(); i++) {
                String visitor = units.get(unit++);
                int arm = app.experiments.assign(id, visitor).index();
                LocalDateTime seen = start.plusDays(d).plusMinutes(random.nextInt(24 * 60));
                batch.add(event(id + "-" + visitor + "-x", "exposure", id, visitor, seen, 0));
                if (random.nextDouble() < 0.3) {
                    batch.add(event(id + "-" + visitor + "-c", "click", id, visitor, seen.plusSeconds(20), 0));
                }
                if (random.nextDouble() < rates[arm]) {
                    batch.add(event(
                            id + "-" + visitor + "-v",
                            "conversion",
                            id,
                            visitor,
                            seen.plusMinutes(5 + random.nextInt(600)),
                            20 + random.nextInt(80)));
                }
                batch = flush(app, batch, false);
            }
        }
        flush(app, batch, true);
    }

    /**
     * The sample customers, each spending about a third of their recent 90-day revenue again plus noise, B lifting
     * spend by 8 %: past spend predicts future spend, which is what CUPED uses.
     */
    private static void simulateRevenue(Services app, String id, LocalDateTime start, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> all = io.marketpilot.core.page.Page.readAll(app.customers::list).stream()
                .map(c -> c.id())
                .toList();
        Map<String, Double> before = app.stores.prePeriodRevenue().of(all, start.minusDays(90), start);
        List<Map<String, Object>> batch = new ArrayList<>();
        for (String customer : all) {
            int arm = app.experiments.assign(id, customer).index();
            LocalDateTime seen = start.plusDays(random.nextInt(10)).plusMinutes(random.nextInt(24 * 60));
            batch.add(event(id + "-" + customer + "-x", "exposure", id, customer, seen, 0));
            double spend = Math.max(0, before.getOrDefault(customer, 0.0) / 3 + 15 * random.nextGaussian());
            spend *= arm == 1 ? 1.08 : 1.0;
            if (spend > 1) {
                batch.add(event(
                        id + "-" + customer + "-v",
                        "conversion",
                        id,
                        customer,
                        seen.plusHours(2),
                        Math.round(spend * 100) / 100.0));
            }
            batch = flush(app, batch, false);
        }
        flush(app, batch, true);
    }

    private static void simulateBandit(Services app, String id, double[] rates, int pulls, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < pulls; i++) {
            var choice = app.bandits.choose(id, id + "-visitor-" + i);
            app.bandits.reward(id, choice.variant(), random.nextDouble() < rates[choice.arm()] ? 1 : 0);
        }
    }

    // the fields a client would send to POST /events
    private static Map<String, Object> event(
            String eventId, String type, String experiment, String unit, LocalDateTime at, double value) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", eventId);
        e.put("type", type);
        e.put("experimentId", experiment);
        e.put("unitId", unit);
        e.put("occurredAt", at.toString());
        if (value > 0) {
            e.put("value", value);
        }
        return e;
    }

    private static List<Map<String, Object>> flush(Services app, List<Map<String, Object>> batch, boolean force) {
        if (batch.size() >= BATCH || (force && !batch.isEmpty())) {
            var result = app.eventIntake.ingest(batch);
            if (!result.rejected().isEmpty()) {
                throw new IllegalStateException(
                        "demo events rejected: " + result.rejected().getFirst());
            }
            return new ArrayList<>();
        }
        return batch;
    }
}
