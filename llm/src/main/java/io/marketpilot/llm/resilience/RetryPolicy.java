package io.marketpilot.llm.resilience;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: before retry {@code n} (1-based) it waits a random time between half and all of
 * {@code base · 2^(n-1)}, capped at {@code 16 · base}, so that many clients throttled together do not retry in step.
 */
public final class RetryPolicy {
    private final int maxRetries;
    private final Duration base;
    private final RandomGenerator random;

    public RetryPolicy(int maxRetries, Duration base, RandomGenerator random) {
        this.maxRetries = maxRetries;
        this.base = base;
        this.random = random;
    }

    public int maxRetries() {
        return maxRetries;
    }

    /** Whether to try again after {@code attemptsSoFar} attempts failed with {@code failure}. */
    public boolean shouldRetry(Failure failure, int attemptsSoFar) {
        return failure.retriable() && attemptsSoFar <= maxRetries;
    }

    /** The wait before retry {@code retry} (1 for the first retry). */
    public Duration delayBefore(int retry) {
        long ceiling = base.toMillis() << Math.min(retry - 1, 4);
        long half = ceiling / 2;
        synchronized (random) {
            return Duration.ofMillis(half + (long) (random.nextDouble() * (ceiling - half + 1)));
        }
    }
}
