package io.marketpilot.app.jobs;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The latest build of one model. A build is tagged with the stamp of the data it read (e.g. the orders' count and
 * latest date); when a read finds the stamp may have moved, a check runs in the background and rebuilds if it has.
 * On the server a read never builds: it gets the latest build, stale by at most one rebuild, or — before the first
 * build is done — a 503 that says so. A build that fails because of the data (too few orders) is published as that
 * failure, so reads explain it; one that fails for another reason keeps the previous build and shows the error in the
 * model's status.
 */
public final class Published<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Published.class);
    /** How often reads may cause a staleness check; a check costs a count or two in the store. */
    static final Duration CHECK_INTERVAL = Duration.ofSeconds(2);

    /**
     * Told of each successful build right after it is published, on the builder's thread, one build at a time: what
     * reacts to a model's change (journeys' prediction triggers) compares the two.
     */
    @FunctionalInterface
    public interface Successor<T> {
        /** {@code previous} is empty for the process's first build, or after a build that failed on the data. */
        void replaced(Optional<T> previous, T next);
    }

    /** What a model's status page shows. */
    public record Status(
            String name, String state, Optional<Instant> builtAt, Optional<Long> tookMillis, Optional<String> error) {}

    private record Build<T>(
            String stamp, Optional<T> value, Optional<MarketPilotException> failure, Instant at, long tookMillis) {
        T valueOrThrow() {
            return value.orElseThrow(failure::orElseThrow);
        }
    }

    private final String name;
    private final Supplier<String> stamp;
    private final Supplier<T> build;
    private final ModelJobs jobs;
    private final Clock clock;
    private final AtomicReference<Build<T>> current = new AtomicReference<>();
    private final List<Successor<T>> successors = new CopyOnWriteArrayList<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicReference<Optional<String>> lastError = new AtomicReference<>(Optional.empty());
    private volatile Instant nextCheck = Instant.MIN;

    private Published(String name, Supplier<String> stamp, Supplier<T> build, ModelJobs jobs, Clock clock) {
        this.name = name;
        this.stamp = stamp;
        this.build = build;
        this.jobs = jobs;
        this.clock = clock;
    }

    /**
     * Registers a model with the jobs that build it.
     *
     * @param name what users call the model ("recommendations")
     * @param stamp identifies the data the model would read; called on the builder's thread, never on a read's
     * @param build builds the model from the data as it is now
     */
    public static <T> Published<T> of(
            String name, Supplier<String> stamp, Supplier<T> build, ModelJobs jobs, Clock clock) {
        return jobs.register(new Published<>(name, stamp, build, jobs, clock));
    }

    /**
     * The model: on the server the latest build (a check for newer data is queued at most every
     * {@link #CHECK_INTERVAL}); in a CLI process a build of the data as it is now.
     */
    public T get() {
        if (jobs.mode() == ModelJobs.Mode.INLINE) {
            return fresh();
        }
        nudge();
        Build<T> b = current.get();
        if (b == null) {
            throw new MarketPilotException(
                    ErrorCode.UNAVAILABLE,
                    "The " + name + " model is being built for the first time; try again in a few seconds",
                    Map.of("model", name, "retryAfterSeconds", 5));
        }
        return b.valueOrThrow();
    }

    /** The model if one is published and usable; empty instead of an error (for pages that can do without). */
    public Optional<T> latest() {
        try {
            return Optional.of(get());
        } catch (MarketPilotException e) {
            return Optional.empty();
        }
    }

    /** Builds anew even if the data did not change (an explicit "train" from a person); completes with the model. */
    public CompletableFuture<T> rebuild(String reason) {
        if (jobs.mode() == ModelJobs.Mode.INLINE) {
            return CompletableFuture.completedFuture(buildNow(stamp.get()).valueOrThrow());
        }
        pending.set(true);
        return jobs.submit(name, reason, () -> buildNow(stamp.get()))
                .whenComplete((ok, e) -> pending.set(false))
                .thenApply(ok -> current.get().valueOrThrow());
    }

    /** Waits for a {@link #rebuild}, with the build's own error (e.g. "no sales to learn from") if it failed. */
    public static <T> T await(CompletableFuture<T> build) {
        try {
            return build.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Queues a check for newer data now, whatever the interval (after an import, at server start). */
    public void refresh(String reason) {
        if (jobs.mode() == ModelJobs.Mode.BACKGROUND && pending.compareAndSet(false, true)) {
            nextCheck = clock.instant().plus(CHECK_INTERVAL);
            // nobody waits for a check: rebuildIfStale records its own failure in the model's status and job history
            CompletableFuture<Void> unused =
                    jobs.check(() -> rebuildIfStale(reason)).whenComplete((ok, e) -> pending.set(false));
        }
    }

    public String name() {
        return name;
    }

    /**
     * Tells {@code successor} of every later successful build with the one it replaced. A successor's failure is the
     * build's (its status shows it), though the new build stays published.
     */
    public void onRebuilt(Successor<T> successor) {
        successors.add(successor);
    }

    boolean busy() {
        return pending.get();
    }

    public Status status() {
        Build<T> b = current.get();
        String state = pending.get()
                ? "building"
                : b == null ? "not built" : b.failure().isPresent() ? "failed" : "ready";
        return new Status(
                name,
                state,
                Optional.ofNullable(b).map(Build::at),
                Optional.ofNullable(b).map(Build::tookMillis),
                lastError
                        .get()
                        .or(() -> Optional.ofNullable(b).flatMap(Build::failure).map(Throwable::getMessage)));
    }

    private void nudge() {
        if (clock.instant().isAfter(nextCheck)) {
            refresh("data changed");
        }
    }

    private synchronized T fresh() {
        String now = stamp.get();
        Build<T> b = current.get();
        return (b != null && b.stamp().equals(now) ? b : buildNow(now)).valueOrThrow();
    }

    private void rebuildIfStale(String reason) {
        try {
            String now = stamp.get();
            Build<T> b = current.get();
            if (b == null || !b.stamp().equals(now)) {
                jobs.runHere(name, reason, () -> buildNow(now));
            }
        } catch (RuntimeException e) {
            // already recorded in the model's status and the job's history; the previous build keeps serving
            LOG.debug("checking {} failed", name, e);
        }
    }

    private synchronized Build<T> buildNow(String forStamp) {
        Optional<T> previous = Optional.ofNullable(current.get()).flatMap(Build::value);
        Build<T> built = buildAndPublish(forStamp);
        T value = built.valueOrThrow();
        try {
            successors.forEach(s -> s.replaced(previous, value));
        } catch (RuntimeException e) {
            lastError.set(Optional.of("published, but reacting to the new build failed: " + reason(e)));
            LOG.warn("the {} model was published; reacting to the new build failed", name, e);
            throw e;
        }
        return built;
    }

    private Build<T> buildAndPublish(String forStamp) {
        Instant started = clock.instant();
        try {
            T value = build.get();
            lastError.set(Optional.empty());
            return publish(new Build<>(forStamp, Optional.of(value), Optional.empty(), started, since(started)));
        } catch (MarketPilotException e) {
            lastError.set(Optional.empty());
            publish(new Build<>(forStamp, Optional.empty(), Optional.of(e), started, since(started)));
            throw e;
        } catch (RuntimeException e) {
            lastError.set(Optional.of(reason(e)));
            LOG.warn("building the {} model failed; the previous build keeps serving", name, e);
            throw e;
        }
    }

    private Build<T> publish(Build<T> b) {
        current.set(b);
        return b;
    }

    private long since(Instant started) {
        return Duration.between(started, clock.instant()).toMillis();
    }

    static String reason(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
