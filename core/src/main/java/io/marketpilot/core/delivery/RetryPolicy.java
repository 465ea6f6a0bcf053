package io.marketpilot.core.delivery;

import io.marketpilot.core.MarketPilotException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * When to try a message again after a {@link DeliveryResult.TemporaryFailure}: exponential backoff with jitter, and a
 * limit on attempts after which the message counts as failed.
 *
 * <p>After attempt {@code n} (1 for the first) fails, the next waits {@code firstDelay · multiplier^(n-1)}, at most
 * {@code maxDelay}, shortened by a random share of up to {@code jitter}, so that the thousands of messages that one
 * outage failed together do not all come back in the same second. The random share is drawn from the seed, the
 * message key and the attempt number, so the schedule is reproducible (the same message gets the same delays on every
 * run and server) without shared state between threads. A receiver's {@code Retry-After} that asks for longer wins,
 * up to {@code maxDelay}: no receiver can park a message for days.
 *
 * @param firstDelay the wait after the first failed attempt
 * @param multiplier how much longer each following wait is (at least 1)
 * @param maxDelay the longest wait
 * @param jitter the largest share cut from a wait at random, in [0, 1)
 * @param maxAttempts the most attempts, the first included; none follows the last
 * @param seed the seed of the random shares
 */
public record RetryPolicy(
        Duration firstDelay, double multiplier, Duration maxDelay, double jitter, int maxAttempts, long seed) {
    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw MarketPilotException.invalid("retry first delay must be positive, not " + firstDelay);
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw MarketPilotException.invalid(
                    "retry max delay " + maxDelay + " must not be shorter than the first delay " + firstDelay);
        }
        if (!(multiplier >= 1) || !Double.isFinite(multiplier)) {
            throw MarketPilotException.invalid("retry multiplier must be at least 1, not " + multiplier);
        }
        if (!(jitter >= 0 && jitter < 1)) {
            throw MarketPilotException.invalid("retry jitter must be in [0, 1), not " + jitter);
        }
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw MarketPilotException.invalid("retry max attempts must be between 1 and 100, not " + maxAttempts);
        }
    }

    /**
     * Eight attempts over about two hours: waits of 1, 2, 4, 8, 16, 32 and 64 minutes, each up to a quarter shorter. A
     * mail server's own queue retries for days; a campaign's message is worth less after a few hours.
     */
    public static RetryPolicy standard(long seed) {
        return new RetryPolicy(Duration.ofMinutes(1), 2, Duration.ofHours(2), 0.25, 8, seed);
    }

    /** The wait after attempt {@code attempt} (1 for the first) of the message with {@code key} failed. */
    public Duration delayAfter(String key, int attempt) {
        Objects.requireNonNull(key, "key");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts are counted from 1, not " + attempt);
        }
        double millis =
                Math.min(firstDelay.toMillis() * Math.pow(multiplier, attempt - 1.0), (double) maxDelay.toMillis());
        double share = new SplittableRandom(mix(key, attempt)).nextDouble();
        return Duration.ofMillis(Math.round(millis * (1 - jitter * share)));
    }

    /**
     * When to try again after attempt {@code attempt} failed at {@code failedAt}, or empty when it was the last one.
     */
    public Optional<Instant> nextAttempt(String key, int attempt, Instant failedAt, Optional<Duration> retryAfter) {
        Objects.requireNonNull(failedAt, "failedAt");
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (attempt >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = delayAfter(key, attempt);
        Duration asked =
                retryAfter.map(d -> d.compareTo(maxDelay) > 0 ? maxDelay : d).orElse(Duration.ZERO);
        return Optional.of(failedAt.plus(asked.compareTo(wait) > 0 ? asked : wait));
    }

    /** The same after a temporary failure, honouring the receiver's {@code Retry-After}. */
    public Optional<Instant> nextAttempt(
            String key, int attempt, Instant failedAt, DeliveryResult.TemporaryFailure failure) {
        return nextAttempt(key, attempt, failedAt, failure.retryAfter());
    }

    private long mix(String key, int attempt) {
        // String.hashCode is specified by the language, so the mix is the same on every JVM
        return seed ^ (key.hashCode() * 0x9E3779B97F4A7C15L) ^ ((long) attempt << 32);
    }
}
