package io.marketpilot.app.web.auth;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed dashboard sign-ins per client address: after {@value #LIMIT} within a minute, every sign-in from that
 * address is refused unheard, a right key's too, until the oldest of those failures is a minute old. Refusing the
 * right key is the point: if it still got in, the limit would tell a guesser which guess was right and slow nobody.
 * An attempt counts as failed from the moment it is admitted and is forgiven when it succeeds, so that guesses sent
 * all at once cannot pass the check together before any of them has failed; a success forgives only itself, so a
 * key of one's own does not buy more guesses at another.
 */
public final class SignInThrottle {
    /** Failed sign-ins a client address may make per {@link #WINDOW_MILLIS}. */
    public static final int LIMIT = 5;
    /** The window failures are counted over. */
    static final long WINDOW_MILLIS = 60_000;

    private final Clock clock;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Admits an attempt from {@code client}, counting it as failed until {@link #succeeded}, and returns 0; or,
     * when the client has used up its failures, counts nothing and returns the seconds until it may try again.
     */
    public long admit(String client) {
        long now = clock.millis();
        if (failures.size() > 10_000) {
            evictIdle(now);
        }
        Deque<Long> times = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            long wait = waitSeconds(times, now);
            if (wait == 0) {
                times.addLast(now);
            }
            return wait;
        }
    }

    /** The attempt just admitted for {@code client} got in: it does not count as a failure. */
    public void succeeded(String client) {
        Deque<Long> times = failures.get(client);
        if (times != null) {
            synchronized (times) {
                times.pollLast();
            }
        }
    }

    /** Seconds until {@code client} may try again; 0 while it may. */
    public long waitSeconds(String client) {
        Deque<Long> times = failures.get(client);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            return waitSeconds(times, clock.millis());
        }
    }

    private static long waitSeconds(Deque<Long> times, long now) {
        expire(times, now);
        if (times.size() < LIMIT) {
            return 0;
        }
        return Math.max(1, (times.peekFirst() + WINDOW_MILLIS - now + 999) / 1000);
    }

    private static void expire(Deque<Long> times, long now) {
        while (!times.isEmpty() && times.peekFirst() <= now - WINDOW_MILLIS) {
            times.pollFirst();
        }
    }

    private void evictIdle(long now) {
        for (Iterator<Deque<Long>> it = failures.values().iterator(); it.hasNext(); ) {
            Deque<Long> times = it.next();
            synchronized (times) {
                expire(times, now);
                if (times.isEmpty()) {
                    it.remove();
                }
            }
        }
    }
}
