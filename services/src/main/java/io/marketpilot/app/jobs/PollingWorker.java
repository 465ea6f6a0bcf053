package io.marketpilot.app.jobs;

import java.time.Duration;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon thread that runs a pass over work kept in the store (due messages, enrolments, deliveries) again and
 * again, waiting {@code poll} after a pass that found nothing. The campaign sender, the journey worker and the webhook
 * worker each hand it their pass. A failed pass is logged and the next one starts over: the store keeps every item's
 * state, so nothing is lost. It is stopped without an interrupt, after its current pass: an interrupt during a read
 * closes H2's file channel under every other user of the store.
 */
public final class PollingWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PollingWorker.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final String name;
    private final Duration poll;
    private final IntSupplier pass;
    private final Object wake = new Object();
    private volatile boolean running;
    private @Nullable Thread thread;

    /**
     * @param name the thread's name, also in the log lines
     * @param poll how long to wait after a pass that handled nothing
     * @param pass one pass over what is due; returns how many items it handled
     */
    public PollingWorker(String name, Duration poll, IntSupplier pass) {
        this.name = name;
        this.poll = poll;
        this.pass = pass;
    }

    /** Starts the thread, once; later calls do nothing while it runs. */
    public synchronized void start(String owner) {
        if (thread != null) {
            return;
        }
        running = true;
        Thread t = new Thread(this::work, name);
        t.setDaemon(true);
        thread = t;
        t.start();
        LOG.info("{} started owner={}", name, owner);
    }

    /** Stops the thread after its current pass, waiting up to 10 seconds for it. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            t = thread;
            thread = null;
            running = false;
        }
        if (t == null) {
            return;
        }
        synchronized (wake) {
            wake.notifyAll();
        }
        try {
            t.join(STOP_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void work() {
        while (running) {
            int handled = 0;
            try {
                handled = pass.getAsInt();
            } catch (RuntimeException e) {
                LOG.warn("{} pass failed error=\"{}\"", name, e.toString());
            }
            if (handled == 0) {
                // a spurious wake-up only starts the next pass early
                synchronized (wake) {
                    try {
                        if (running) {
                            wake.wait(poll.toMillis());
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }
}
