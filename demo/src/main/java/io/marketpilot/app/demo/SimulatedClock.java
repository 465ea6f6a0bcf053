package io.marketpilot.app.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The clock of the demo's simulated past, set forward by the simulation: timers come due without waiting. */
final class SimulatedClock extends Clock {
    private volatile Instant now;

    SimulatedClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock to {@code t}; never back, as leases and timers expect. */
    void set(Instant t) {
        if (t.isAfter(now)) {
            now = t;
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the demo's simulated clock stays in UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
