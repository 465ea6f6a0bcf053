package io.marketpilot.llm.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Stops calling a provider that keeps failing. After {@code threshold} consecutive failed attempts the circuit opens
 * and calls are refused for the cool-down; then one trial call is let through (half-open): its success closes the
 * circuit, its failure opens it for another cool-down.
 */
public final class CircuitBreaker {
    /** The breaker's state, as shown on the status page. */
    public enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    private final int threshold;
    private final Duration coolDown;
    private final Clock clock;
    private int consecutiveFailures;
    /** When the circuit last opened; null while it is closed. */
    private @Nullable Instant openedAt;

    private boolean trialInFlight;

    public CircuitBreaker(int threshold, Duration coolDown, Clock clock) {
        this.threshold = threshold;
        this.coolDown = coolDown;
        this.clock = clock;
    }

    /** Asks to make one attempt; false while the circuit is open (or its one trial call is still running). */
    public synchronized boolean tryAcquire() {
        State s = state();
        if (s == State.CLOSED) {
            return true;
        }
        if (s == State.HALF_OPEN && !trialInFlight) {
            trialInFlight = true;
            return true;
        }
        return false;
    }

    public synchronized void onSuccess() {
        consecutiveFailures = 0;
        openedAt = null;
        trialInFlight = false;
    }

    public synchronized void onFailure() {
        consecutiveFailures++;
        if (trialInFlight || consecutiveFailures >= threshold) {
            openedAt = clock.instant();
        }
        trialInFlight = false;
    }

    /** The attempt was given up before it reached the provider: neither success nor failure. */
    public synchronized void abandon() {
        trialInFlight = false;
    }

    public synchronized State state() {
        if (openedAt == null) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(openedAt.plus(coolDown)) ? State.OPEN : State.HALF_OPEN;
    }

    /** When an open circuit lets the next trial call through; empty unless open. */
    public synchronized java.util.Optional<Instant> retryAt() {
        Instant opened = openedAt;
        return state() == State.OPEN && opened != null
                ? java.util.Optional.of(opened.plus(coolDown))
                : java.util.Optional.empty();
    }

    public synchronized int consecutiveFailures() {
        return consecutiveFailures;
    }
}
