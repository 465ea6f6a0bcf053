package io.marketpilot.app.bench;

import io.marketpilot.app.services.Services;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The journey benchmark's runs of events through the event intake, one {@code signed_up} per customer of a range,
 * in batches; only the intake's calls are timed (building a batch is not).
 */
final class JourneyEventRuns {
    private final Services app;
    private final BenchClock clock;
    private final int batch;
    private final PrintStream out;
    private Instant hundredthAt = Instant.EPOCH;

    JourneyEventRuns(Services app, BenchClock clock, int batch, PrintStream out) {
        this.app = app;
        this.clock = clock;
        this.batch = batch;
        this.out = out;
    }

    /** Sends the events of customers {@code from} (inclusive) to {@code to} (exclusive), named {@code run}. */
    JourneyBenchResult.Ingest run(String run, int activeJourneys, int from, int to) {
        long enteredBefore = JourneyBenchmark.entered(app, JourneyBenchmark.JOURNEY);
        int total = to - from;
        int hundredth = Math.max(1, total / 100);
        int tenth = Math.max(1, total / 10);
        long nanos = 0;
        long cpu0 = EventBenchmark.processCpuNanos();
        int sent = 0;
        for (int start = from; start < to; start += batch) {
            List<Map<String, Object>> events = new ArrayList<>(batch);
            Instant at = clock.instant();
            for (int i = start; i < Math.min(to, start + batch); i++) {
                events.add(JourneyBenchmark.signedUp(run, i, at));
            }
            long t0 = System.nanoTime();
            var result = app.eventIntake.ingest(events);
            nanos += System.nanoTime() - t0;
            if (result.saved() != events.size()) {
                throw new IllegalStateException("benchmark events not stored: " + result.rejected());
            }
            int before = sent;
            sent += events.size();
            if (before < hundredth && sent >= hundredth) {
                hundredthAt = clock.instant();
            }
            if (sent / tenth != before / tenth) {
                out.printf(
                        Locale.ROOT,
                        "  %d journey(s) active: %,d events (%,.0f events/s so far)%n",
                        activeJourneys,
                        sent,
                        sent / (nanos / 1e9));
            }
        }
        double cpu = (EventBenchmark.processCpuNanos() - cpu0) / 1e9;
        long entered = JourneyBenchmark.entered(app, JourneyBenchmark.JOURNEY) - enteredBefore;
        return new JourneyBenchResult.Ingest(activeJourneys, total, nanos / 1e9, cpu, entered);
    }

    /** When the latest run had sent its first hundredth of events (those customers entered by then). */
    Instant markedAt() {
        return hundredthAt;
    }
}
