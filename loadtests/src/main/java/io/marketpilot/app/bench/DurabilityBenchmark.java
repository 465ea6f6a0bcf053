package io.marketpilot.app.bench;

import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.services.ServicesOpener;
import io.marketpilot.store.DatabaseConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * What acknowledging only written commits costs. The same experiment-event batches go through the events intake
 * into two fresh embedded H2 stores: one as MarketPilot opens it ({@code WRITE_DELAY=0}, each commit written to the
 * file before it returns) and one with H2's default write delay (commits acknowledged at once, written up to 500 ms
 * later). The stores take turns in short phases, alternating which goes first, so both see the same load on a
 * shared machine; a store's time is the sum of its phases.
 */
public final class DurabilityBenchmark {
    private static final String WRITE_EACH_COMMIT = ";WRITE_DELAY=0";

    private DurabilityBenchmark() {}

    /** One store's share of the run. */
    public record Result(String store, int events, double seconds, long stored) {
        public double perSecond() {
            return events / seconds;
        }

        public String describe() {
            return String.format(
                    Locale.ROOT,
                    "%s: %,d events in %.2f s = %,.0f events/s; stored %,d",
                    store,
                    events,
                    seconds,
                    perSecond(),
                    stored);
        }
    }

    /** A store under test: how batches reach it, and its running totals. */
    private static final class Contender {
        final String name;
        final List<byte[]> batches;
        final EventBenchmark.Sender sender;
        final AtomicLong stored = new AtomicLong();
        double seconds;

        Contender(String name, List<byte[]> batches, EventBenchmark.Sender sender) {
            this.name = name;
            this.batches = batches;
            this.sender = sender;
        }
    }

    public static List<Result> run(
            ServicesOpener opener, int events, int batchSize, long seed, boolean http, int threads, int phaseBatches)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("marketpilot-bench-durability");
        try (Services written = open(opener, dir.resolve("written"), true);
                Services delayed = open(opener, dir.resolve("delayed"), false);
                ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            String how = (http ? "http" : "in-process") + ", " + threads + " sender thread(s), batches of " + batchSize;
            Contender first = contender(
                    "written before acknowledged (WRITE_DELAY=0), " + how, written, events, batchSize, seed, http);
            Contender second =
                    contender("H2's default write delay (500 ms), " + how, delayed, events, batchSize, seed, http);
            try {
                int phase = 0;
                for (int from = 0; from < first.batches.size(); from += phaseBatches, phase++) {
                    int to = Math.min(first.batches.size(), from + phaseBatches);
                    for (Contender c : phase % 2 == 0 ? List.of(first, second) : List.of(second, first)) {
                        c.seconds += phase(pool, threads, c, from, to);
                    }
                }
            } finally {
                first.sender.close();
                second.sender.close();
            }
            return List.of(result(first, events), result(second, events));
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The embedded store of {@code dir}, with MarketPilot's settings or the same but for the write delay. */
    private static Services open(ServicesOpener opener, Path dir, boolean writeEachCommit) {
        DatabaseConfig embedded = DatabaseConfig.embedded(dir);
        if (!embedded.url().contains(WRITE_EACH_COMMIT)) {
            throw new IllegalStateException("the embedded store's URL no longer sets " + WRITE_EACH_COMMIT);
        }
        String url = writeEachCommit ? embedded.url() : embedded.url().replace(WRITE_EACH_COMMIT, "");
        return opener.open(new MarketPilotConfig(dir, url, embedded.user(), embedded.password(), "127.0.0.1", 0));
    }

    private static Contender contender(String name, Services app, int events, int batchSize, long seed, boolean http) {
        EventBenchmark.startExperiment(app);
        List<byte[]> batches = EventBenchmark.batches(app, events, batchSize, seed);
        EventBenchmark.Sender sender =
                http ? new EventBenchmark.HttpSender(app) : new EventBenchmark.InProcessSender(app);
        return new Contender(name, batches, sender);
    }

    /** Sends batches {@code from..to} to one store with {@code threads} senders; returns the wall-clock seconds. */
    private static double phase(ExecutorService pool, int threads, Contender c, int from, int to)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger(from);
        List<Future<?>> senders = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            senders.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                    c.stored.addAndGet(c.sender.send(c.batches.get(i))[0]);
                }
                return null;
            }));
        }
        for (Future<?> f : senders) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("benchmark failed: " + e.getCause(), e.getCause());
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static Result result(Contender c, int events) {
        return new Result(c.name, events, c.seconds, c.stored.get());
    }
}
