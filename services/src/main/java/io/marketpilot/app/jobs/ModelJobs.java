package io.marketpilot.app.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where models are built. A CLI command is one short process that wants a fresh answer, so it builds on its own
 * thread ({@link Mode#INLINE}); the server must answer every read in the time of a page, so it builds on one background
 * thread ({@link Mode#BACKGROUND}), one model at a time (two cores do not gain from training two at once), and reads
 * serve the latest published build meanwhile.
 */
public final class ModelJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ModelJobs.class);
    private static final int HISTORY = 50;

    public enum Mode {
        INLINE,
        BACKGROUND
    }

    private final Clock clock;
    private final List<Published<?>> models = new CopyOnWriteArrayList<>();
    private final Deque<JobRun> history = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();
    /** One-off trainings queued or running on the background thread. */
    private final java.util.concurrent.atomic.AtomicInteger oneOffs = new java.util.concurrent.atomic.AtomicInteger();

    private volatile Mode mode = Mode.INLINE;
    /** The background thread, from {@link #serveInBackground} on; a CLI process never starts one. */
    private volatile @Nullable ExecutorService worker;
    /** Checks every model for new data on a schedule, from {@link #checkEvery} on. */
    private volatile @Nullable ScheduledExecutorService schedule;

    public ModelJobs(Clock clock) {
        this.clock = clock;
    }

    public Mode mode() {
        return mode;
    }

    /** From now on models build in the background; every registered model is built or checked at once. */
    public synchronized void serveInBackground() {
        if (mode == Mode.BACKGROUND) {
            return;
        }
        worker = Executors.newSingleThreadExecutor(ModelJobs::builderThread);
        mode = Mode.BACKGROUND;
        models.forEach(m -> m.refresh("server start"));
    }

    // ThreadPriorityCheck: the lower priority is a hint, not a correctness need; on a loaded two-core server it lets
    // request threads answer first while a model trains, and nothing breaks if the scheduler ignores it
    @SuppressWarnings("ThreadPriorityCheck")
    private static Thread builderThread(Runnable r) {
        Thread t = new Thread(r, "model-jobs");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    }

    /**
     * From now on every model is checked for new data every {@code interval} (a zero interval: never), whether or not
     * anyone reads it, so data that arrives through the API or straight into the store is learned from without a
     * read or an import to prompt it. A check costs a count or two; only a changed stamp rebuilds.
     */
    public synchronized void checkEvery(Duration interval) {
        if (schedule != null || interval.isZero()) {
            return;
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(ModelJobs::scheduleThread);
        long millis = interval.toMillis();
        // the future is not kept: the timer stops with close(), and scheduledCheck lets no exception end the schedule
        var unused = timer.scheduleWithFixedDelay(this::scheduledCheck, millis, millis, TimeUnit.MILLISECONDS);
        schedule = timer;
    }

    private void scheduledCheck() {
        try {
            refreshAll("schedule");
        } catch (RuntimeException e) {
            LOG.warn("event=model_check_failed reason={}", Published.reason(e));
        }
    }

    private static Thread scheduleThread(Runnable r) {
        Thread t = new Thread(r, "model-schedule");
        t.setDaemon(true);
        return t;
    }

    /** Queues a check of every model (after an import: they will likely rebuild). */
    public void refreshAll(String reason) {
        models.forEach(m -> m.refresh(reason));
    }

    <T> Published<T> register(Published<T> model) {
        models.add(model);
        return model;
    }

    /** The model of that name ({@code recommendations}, {@code customer-value}, …). */
    public Optional<Published<?>> find(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** Every model's state, in the order they were registered. */
    public List<Published.Status> models() {
        return models.stream().map(Published::status).toList();
    }

    /** The latest builds, newest first. */
    public synchronized List<JobRun> recent() {
        return new ArrayList<>(history);
    }

    /**
     * Waits until no build is queued or running (the demo before it prints its address, tests before they read);
     * returns false when the time ran out.
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (oneOffs.get() == 0 && models.stream().noneMatch(Published::busy)) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return false;
    }

    /**
     * A one-off training someone asked for (a shop's own classifier): built on the caller's thread in a CLI process,
     * queued on the background thread in the server; listed with the other jobs either way. A failure is recorded
     * on the job and, inline, thrown to the caller.
     */
    public void runOnce(String model, String reason, Runnable build) {
        if (mode == Mode.INLINE) {
            runHere(model, reason, build);
            return;
        }
        oneOffs.incrementAndGet();
        // the caller learns the outcome through its own future; the job list records a failure
        var unused = submit(model, reason, build).whenComplete((done, failed) -> oneOffs.decrementAndGet());
    }

    /** Queues {@code build} on the background thread, recorded as a job of {@code model}. */
    CompletableFuture<Void> submit(String model, String reason, Runnable build) {
        JobRun queued = record(queued(model, reason));
        return CompletableFuture.runAsync(() -> run(queued, build), worker());
    }

    /** Runs {@code build} on the calling (background) thread, recorded as a job of {@code model}. */
    void runHere(String model, String reason, Runnable build) {
        run(record(queued(model, reason)), build);
    }

    /** Checks run on the background thread too, but are not jobs worth listing. */
    CompletableFuture<Void> check(Runnable check) {
        return CompletableFuture.runAsync(check, worker());
    }

    /** Only the server queues builds and checks, after {@link #serveInBackground}; a CLI process builds inline. */
    private ExecutorService worker() {
        ExecutorService w = worker;
        if (w == null) {
            throw new IllegalStateException("models are built in the background only after serveInBackground()");
        }
        return w;
    }

    private JobRun queued(String model, String reason) {
        return new JobRun(
                ids.incrementAndGet(),
                model,
                reason,
                clock.instant(),
                Optional.empty(),
                Optional.empty(),
                JobRun.State.QUEUED,
                Optional.empty());
    }

    private void run(JobRun queued, Runnable build) {
        JobRun running = replace(queued, queued.started(clock.instant()));
        try {
            build.run();
            replace(running, running.finished(clock.instant(), JobRun.State.SUCCEEDED, Optional.empty()));
        } catch (RuntimeException e) {
            replace(running, running.finished(clock.instant(), JobRun.State.FAILED, Optional.of(Published.reason(e))));
            throw e;
        }
    }

    private synchronized JobRun record(JobRun run) {
        history.addFirst(run);
        while (history.size() > HISTORY) {
            history.removeLast();
        }
        return run;
    }

    private synchronized JobRun replace(JobRun old, JobRun updated) {
        List<JobRun> all = new ArrayList<>(history);
        history.clear();
        all.forEach(r -> history.addLast(r.id() == old.id() ? updated : r));
        return updated;
    }

    /**
     * Stops taking builds. A running build is not interrupted: an interrupt during a read closes H2's file channel
     * under every other user of the store ("Reading from file failed"); it ends on its own, failing harmlessly once the
     * store is closed.
     */
    @Override
    public synchronized void close() {
        ScheduledExecutorService timer = schedule;
        if (timer != null) {
            timer.shutdownNow(); // a check only queues work; stopping it mid-way loses nothing
        }
        ExecutorService w = worker;
        if (w != null) {
            w.shutdown();
            try {
                w.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
