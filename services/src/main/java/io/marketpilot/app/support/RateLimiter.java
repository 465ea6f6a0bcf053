package io.marketpilot.app.support;

import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code perMinute} requests a minute on average, bursts up to the same number.
 * Buckets idle for ten minutes are dropped so that the map stays small.
 */
public final class RateLimiter {
    private static final long IDLE_MILLIS = 10 * 60_000L;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    public RateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Takes one token for {@code client}; returns the seconds to wait when none is left, else 0. */
    public long acquire(String client) {
        long now = clock.millis();
        if (buckets.size() > 10_000) {
            evictIdle(now);
        }
        Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(perMinute, now));
        synchronized (b) {
            b.tokens = Math.min(perMinute, b.tokens + (now - b.at) * perMinute / 60_000.0);
            b.at = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - b.tokens) * 60.0 / perMinute);
        }
    }

    private void evictIdle(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            if (now - it.next().at > IDLE_MILLIS) {
                it.remove();
            }
        }
    }
}
