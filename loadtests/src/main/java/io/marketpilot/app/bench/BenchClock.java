package io.marketpilot.app.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The system's UTC clock until the benchmark stops it: while events come in, time flows as it does on a server
 * (entries made a second apart carry times a second apart); then the benchmark jumps over a journey's wait instead of
 * sitting through it, and holds the time there, so that which timers are due does not change while the worker runs.
 */
final class BenchClock extends Clock {
    private final Clock system = Clock.systemUTC();
    private volatile @Nullable Instant stopped;

    /** Jumps to {@code target}, which must not be in this clock's past, and stays there until the next jump. */
    void stopAt(Instant target) {
        if (target.isBefore(instant())) {
            throw new IllegalArgumentException("the benchmark's clock only moves forward, not back to " + target);
        }
        stopped = target;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the benchmark's clock stays in UTC");
    }

    @Override
    public Instant instant() {
        Instant at = stopped;
        return at != null ? at : system.instant();
    }
}
