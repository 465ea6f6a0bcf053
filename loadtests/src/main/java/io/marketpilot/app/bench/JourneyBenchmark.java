package io.marketpilot.app.bench;

import io.marketpilot.app.services.Services;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.journey.StepCount;
import io.marketpilot.core.journey.StepOutcome;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Journeys at scale, through the product's own paths: N customers are imported (not timed in any rate); a journey
 * entered on a {@code signed_up} event (wait a day, tag the customer, end) is applied; every customer's
 * {@code signed_up} event goes through the event intake, which hands it to the journeys' entrance (trigger evaluated,
 * entry rule, enrolment), timed with no journey active, with that one, and with several (the others' triggers, on the
 * same event with another property, evaluated for every event and never firing). The real {@code JourneyWorker} then
 * sets every timer, is timed polling while nothing is due, and, with the clock moved past the wait, fires the timers
 * of the earliest entrants (the rest not due) and then all the others. Afterwards the journey's step history and the
 * tags it left are counted: each customer entered, waited, was tagged and left exactly once.
 */
public final class JourneyBenchmark {
    /** The measured journey's id; the others are {@code bench-2} … */
    static final String JOURNEY = "bench-1";

    /** Worker passes timed while nothing is due. */
    static final int IDLE_POLLS = 20;

    /** The wait step's length, which the clock jumps over. */
    static final Duration WAIT = Duration.ofDays(1);

    private static final int CUSTOMER_CHUNK = 100_000;
    private static final String TAG_EVENT = "journey_tag";

    private JourneyBenchmark() {}

    /**
     * The run's size.
     *
     * @param customers customers, each of whom enters the measured journey once
     * @param journeys journeys active in the last run of events (the measured one and {@code journeys - 1} others)
     * @param sample events of the run with no journey and of the run with every journey (at most a quarter of the
     *     customers); the run with one journey takes the remaining customers
     * @param batch events per intake call
     */
    public record Settings(int customers, int journeys, int sample, int batch) {}

    public static JourneyBenchResult run(
            BenchCommand.ClockedOpener opener,
            FreshStore.Kind kind,
            String postgresUrl,
            String postgresUser,
            Settings settings,
            PrintStream out)
            throws IOException {
        BenchClock clock = new BenchClock();
        try (FreshStore store = FreshStore.create(kind, postgresUrl, postgresUser);
                Services app = opener.open(store.config(), clock)) {
            int n = settings.customers();
            int sample = Math.max(1, Math.min(settings.sample(), n / 4));
            out.printf(Locale.ROOT, "journeys, %s: importing %,d customers%n", store.describe(), n);
            long t0 = System.nanoTime();
            importCustomers(app, n);
            double setup = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "  imported in %.1f s%n", setup);

            JourneyEventRuns events = new JourneyEventRuns(app, clock, settings.batch(), out);
            List<JourneyBenchResult.Ingest> ingest = new ArrayList<>();
            ingest.add(events.run("none", 0, 0, sample));
            apply(app, 1);
            ingest.add(events.run("one", 1, 0, n - sample));
            Instant earliestEntered = events.markedAt();
            for (int j = 2; j <= settings.journeys(); j++) {
                apply(app, j);
            }
            ingest.add(events.run("all", settings.journeys(), n - sample, n));
            Instant lastEntered = clock.instant();

            JourneyTimerSweeps sweeps = new JourneyTimerSweeps(app, out);
            JourneyBenchResult.Sweep timersSet = sweeps.sweep("timers set");
            clock.stopAt(lastEntered.plus(WAIT.dividedBy(2)));
            double idle = sweeps.idlePollMillis(IDLE_POLLS);
            clock.stopAt(earliestEntered.plus(WAIT));
            JourneyBenchResult.Sweep fewDue = sweeps.sweep("earliest timers fired");
            clock.stopAt(lastEntered.plus(WAIT).plusSeconds(1));
            JourneyBenchResult.Sweep allDue = sweeps.sweep("timers fired");
            return new JourneyBenchResult(
                    store.describe(),
                    n,
                    setup,
                    ingest,
                    timersSet,
                    idle,
                    fewDue,
                    allDue,
                    check(app, n, settings.journeys()));
        }
    }

    /** The customers {@code J0000001} … through the customer file import, a chunk at a time. */
    private static void importCustomers(Services app, int count) {
        for (int from = 1; from <= count; from += CUSTOMER_CHUNK) {
            List<Customer> chunk = new ArrayList<>();
            for (int i = from; i < from + CUSTOMER_CHUNK && i <= count; i++) {
                String id = customerId(i - 1);
                chunk.add(new Customer(
                        id,
                        id.toLowerCase(Locale.ROOT) + "@example.com",
                        "Customer " + i,
                        "Germany",
                        null,
                        LocalDate.of(2025, 1, 1)));
            }
            BenchShop.saveCustomers(app, chunk);
        }
    }

    /** The customer of index {@code i} (from 0). */
    static String customerId(int i) {
        return String.format(Locale.ROOT, "J%07d", i + 1);
    }

    /**
     * Journey {@code j}: entered on a {@code signed_up} event from the web (journey 1) or from partner {@code j} (the
     * others, which the benchmark's events never match), a day's wait, a tag, the end; entered once.
     */
    static String journeyJson(int j) {
        String source = j == 1 ? "web" : "partner-" + j;
        return """
                {
                  "id": "bench-%d",
                  "name": "Bench journey %d",
                  "trigger": {"type": "event", "event": "signed_up", "where": {"source": "%s"}},
                  "steps": [
                    {"id": "settle", "type": "wait", "duration": "%s"},
                    {"id": "welcomed", "type": "update", "change": {"type": "tag", "tag": "welcomed"}}
                  ],
                  "reEntry": {"type": "once"},
                  "holdout": 0
                }
                """.formatted(j, j, source, WAIT);
    }

    private static void apply(Services app, int j) {
        app.journeys.service.apply(journeyJson(j), "bench");
    }

    /** A {@code signed_up} event from the web of customer {@code i}, as {@code POST /events} hands it over. */
    static Map<String, Object> signedUp(String run, int i, Instant at) {
        return Map.of(
                "id", "signup-" + run + "-" + i,
                "type", "signed_up",
                "customerId", customerId(i),
                "occurredAt", LocalDateTime.ofInstant(at, ZoneOffset.UTC).toString(),
                "properties", Map.of("source", "web"));
    }

    /** Entries into journey {@code journeyId} so far, from its step history. */
    static long entered(Services app, String journeyId) {
        return count(app.stores.journeys().enrolments().stepCounts(journeyId), StepOutcome.ENTERED);
    }

    private static long count(List<StepCount> counts, StepOutcome outcome) {
        return counts.stream()
                .filter(c -> c.outcome() == outcome)
                .mapToLong(StepCount::count)
                .sum();
    }

    private static JourneyBenchResult.Check check(Services app, int n, int journeys) {
        var enrolments = app.stores.journeys().enrolments();
        List<StepCount> counts = enrolments.stepCounts(JOURNEY);
        long active = enrolments.activeByStep(JOURNEY).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        int[] tags = new int[n];
        long[] strangers = {0};
        app.events.forEach(e -> {
            if (TAG_EVENT.equals(e.type()) && JOURNEY.equals(e.properties().get("journey"))) {
                int i = index(String.valueOf(e.customerId()));
                if (i >= 0 && i < n) {
                    tags[i]++;
                } else {
                    strangers[0]++;
                }
            }
        });
        long once = 0;
        long never = 0;
        long more = strangers[0];
        for (int t : tags) {
            if (t == 1) {
                once++;
            } else if (t == 0) {
                never++;
            } else {
                more++;
            }
        }
        long elsewhere = 0;
        for (int j = 2; j <= journeys; j++) {
            elsewhere += entered(app, "bench-" + j);
        }
        return new JourneyBenchResult.Check(
                count(counts, StepOutcome.ENTERED),
                count(counts, StepOutcome.WAITED),
                count(counts, StepOutcome.UPDATED),
                count(counts, StepOutcome.EXITED),
                active,
                once,
                never,
                more,
                elsewhere);
    }

    /** The index of a benchmark customer's id, or -1 for any other. */
    private static int index(String customerId) {
        if (customerId.length() != 8 || customerId.charAt(0) != 'J') {
            return -1;
        }
        try {
            return Integer.parseInt(customerId.substring(1)) - 1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
