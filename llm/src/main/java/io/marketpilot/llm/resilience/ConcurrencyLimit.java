package io.marketpilot.llm.resilience;

import java.util.concurrent.Semaphore;

/**
 * At most {@code max} calls in flight to one provider; callers beyond that wait, fairly in arrival order, so that a
 * batch of per-customer calls on virtual threads cannot flood a server. There is no deadline on the wait: every
 * call holding a slot ends within its HTTP timeout, so the queue always drains.
 */
public final class ConcurrencyLimit {
    private final Semaphore permits;
    private final int max;

    public ConcurrencyLimit(int max) {
        this.max = max;
        this.permits = new Semaphore(max, true);
    }

    public void acquire() throws InterruptedException {
        permits.acquire();
    }

    public void release() {
        permits.release();
    }

    public int max() {
        return max;
    }

    public int inFlight() {
        return max - permits.availablePermits();
    }
}
