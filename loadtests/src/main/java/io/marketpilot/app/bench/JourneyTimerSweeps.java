package io.marketpilot.app.bench;

import io.marketpilot.app.services.Services;
import java.io.PrintStream;
import java.util.Locale;

/** The journey benchmark's passes of the real journey worker over every due enrolment. */
final class JourneyTimerSweeps {
    private final Services app;
    private final PrintStream out;

    JourneyTimerSweeps(Services app, PrintStream out) {
        this.app = app;
        this.out = out;
    }

    /** Runs the worker until nothing is due; {@code what} names the moves in the progress lines. */
    JourneyBenchResult.Sweep sweep(String what) {
        long moved = 0;
        long t0 = System.nanoTime();
        for (int done = app.journeys.worker.runDue(); done > 0; done = app.journeys.worker.runDue()) {
            long before = moved;
            moved += done;
            if (moved / 50_000 != before / 50_000) {
                out.printf(
                        Locale.ROOT,
                        "  %s: %,d (%,.0f/s so far)%n",
                        what,
                        moved,
                        moved / ((System.nanoTime() - t0) / 1e9));
            }
        }
        return new JourneyBenchResult.Sweep(moved, (System.nanoTime() - t0) / 1e9);
    }

    /** The mean time of a worker pass that finds nothing due. */
    double idlePollMillis(int passes) {
        long t0 = System.nanoTime();
        for (int i = 0; i < passes; i++) {
            int moved = app.journeys.worker.runDue();
            if (moved != 0) {
                throw new IllegalStateException("a worker pass moved " + moved + " while no timer was due");
            }
        }
        return (System.nanoTime() - t0) / 1e6 / passes;
    }
}
