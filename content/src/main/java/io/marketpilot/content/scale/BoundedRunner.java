package io.marketpilot.content.scale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one task per key on virtual threads, at most {@code concurrency} at a time (a provider's rate limit, not
 * the machine's cores, is the bound), retrying each failed key; keys that still fail are returned with their
 * last error, so nothing is lost silently.
 */
public final class BoundedRunner {
    private BoundedRunner() {}

    /** Receives (done, total) after every finished key. */
    public interface Progress {
        void update(int done, int total);
    }

    /**
     * What came back.
     *
     * @param results the results in key order, for the keys that succeeded
     * @param failed key → last error message, for the keys that failed every attempt
     */
    public record Outcome<R>(List<R> results, Map<String, String> failed) {}

    public static <R> Outcome<R> run(
            List<String> keys, Function<String, R> task, int concurrency, int retries, Progress progress)
            throws InterruptedException {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        Semaphore permits = new Semaphore(concurrency);
        AtomicInteger done = new AtomicInteger();
        List<Future<R>> futures = new ArrayList<>(keys.size());
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String key : keys) {
                futures.add(pool.submit(() -> {
                    permits.acquire();
                    try {
                        return attempt(key, task, retries);
                    } finally {
                        permits.release();
                        progress.update(done.incrementAndGet(), keys.size());
                    }
                }));
            }
        }
        List<R> results = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            try {
                results.add(futures.get(i).get());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                failed.put(keys.get(i), Objects.requireNonNullElse(cause.getMessage(), cause.toString()));
            }
        }
        return new Outcome<>(results, failed);
    }

    private static <R> R attempt(String key, Function<String, R> task, int retries) throws InterruptedException {
        RuntimeException last = null;
        for (int attempt = 0; attempt <= retries; attempt++) {
            try {
                return task.apply(key);
            } catch (RuntimeException e) {
                last = e;
                Thread.sleep(Math.min(2_000, 100L << attempt));
            }
        }
        throw last;
    }
}
