package io.marketpilot.app.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.experiment.NewExperiment;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.services.ServicesOpener;
import io.marketpilot.app.web.Json;
import io.marketpilot.app.web.WebServer;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.experiment.Variant;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Sustained ingest of experiment events into a fresh embedded H2 store, through the same intake as
 * {@code POST /events} (validation, variant check by hashing, duplicate detection, batch insert), either in
 * process or over HTTP to a real server. Batches are built before the clock starts; each then is parsed from its
 * JSON bytes, as the server would.
 */
public final class EventBenchmark {
    private static final ObjectMapper JSON = Json.mapper();
    // a batch as the server hands it to the intake: each event's plain values by field name
    private static final TypeReference<List<Map<String, Object>>> EVENT_LIST = new TypeReference<>() {};

    private EventBenchmark() {}

    /** A measured run. */
    public record Result(
            String mode, int events, int batchSize, double seconds, double cpuSeconds, long stored, long duplicates) {
        public double perSecond() {
            return events / seconds;
        }

        public String describe() {
            return String.format(
                    Locale.ROOT,
                    "%s: %,d events in batches of %,d in %.2f s = %,.0f events/s (process CPU %.2f s = %,.0f events per"
                            + " CPU-second); stored %,d, duplicates counted %,d",
                    mode,
                    events,
                    batchSize,
                    seconds,
                    perSecond(),
                    cpuSeconds,
                    events / cpuSeconds,
                    stored,
                    duplicates);
        }
    }

    /**
     * Ingests {@code events} new events and then resends the first tenth of them (all duplicates); reports both.
     */
    public static List<Result> run(
            ServicesOpener opener, int events, int batchSize, long seed, boolean http, int threads)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("marketpilot-bench-events");
        try (Services app = opener.open(new MarketPilotConfig(dir, null, null, null, "127.0.0.1", 0))) {
            startExperiment(app);
            List<byte[]> batches = batches(app, events, batchSize, seed);
            Sender sender = http ? new HttpSender(app) : new InProcessSender(app);
            try {
                List<Result> results = new ArrayList<>();
                String mode = (http ? "http" : "in-process") + ", " + threads + " sender thread(s)";
                results.add(send(sender, batches, mode, events, batchSize, threads));
                List<byte[]> again = batches.subList(0, Math.max(1, batches.size() / 10));
                results.add(send(
                        sender,
                        again,
                        mode + ", resend (all duplicates)",
                        again.size() * batchSize,
                        batchSize,
                        threads));
                return results;
            } finally {
                sender.close();
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The running A/B experiment {@code bench} that the generated events belong to. */
    static void startExperiment(Services app) {
        app.experiments.create(
                new NewExperiment(
                        "bench",
                        "Benchmark",
                        "ab",
                        "revenue_per_user",
                        List.of(),
                        null,
                        null,
                        0.05,
                        1.0,
                        null,
                        List.of(new Variant("A", 1, null, "a", true), new Variant("B", 1, null, "b", true))),
                "bench");
        app.experiments.start("bench", "bench");
    }

    private static Result send(Sender sender, List<byte[]> batches, String mode, int events, int batchSize, int threads)
            throws InterruptedException {
        java.util.concurrent.atomic.AtomicLong stored = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong duplicates = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                for (int i = next.getAndIncrement();
                        i < batches.size() && failures.isEmpty();
                        i = next.getAndIncrement()) {
                    try {
                        long[] counts = sender.send(batches.get(i));
                        stored.addAndGet(counts[0]);
                        duplicates.addAndGet(counts[1]);
                    } catch (IOException | InterruptedException | RuntimeException e) {
                        failures.add(e);
                    }
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("benchmark failed: " + failures.getFirst(), failures.getFirst());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        return new Result(mode, events, batchSize, seconds, cpu, stored.get(), duplicates.get());
    }

    // CPU time of the whole process (server threads and H2's writer included), so a figure measured on a busy
    // machine can be read alongside the wall-clock one.
    static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** Exposures for every unit; a tenth click, a twentieth convert with a value; half name their variant. */
    static List<byte[]> batches(Services app, int events, int batchSize, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);
        List<byte[]> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int inBatch = 0;
        int unit = 0;
        for (int i = 0; i < events; i++) {
            String type = "exposure";
            int r = random.nextInt(20);
            if (r == 0) {
                type = "conversion";
            } else if (r < 3) {
                type = "click";
            }
            String unitId = "u" + (type.equals("exposure") ? unit++ : random.nextInt(Math.max(1, unit)));
            sb.append(inBatch == 0 ? "[" : ",");
            sb.append("{\"id\":\"ev-").append(i).append("\",\"type\":\"").append(type);
            sb.append("\",\"experimentId\":\"bench\",\"unitId\":\"")
                    .append(unitId)
                    .append('"');
            if (random.nextBoolean()) {
                sb.append(",\"variant\":\"")
                        .append(app.experiments.assign("bench", unitId).variant())
                        .append('"');
            }
            if (type.equals("conversion")) {
                sb.append(",\"value\":").append(5 + random.nextInt(200));
            }
            sb.append(",\"occurredAt\":\"").append(start.plusSeconds(i)).append("\"}");
            if (++inBatch == batchSize || i == events - 1) {
                out.add(sb.append(']').toString().getBytes(StandardCharsets.UTF_8));
                sb.setLength(0);
                inBatch = 0;
            }
        }
        return out;
    }

    interface Sender extends AutoCloseable {
        /** Stored and duplicate counts of one batch. */
        long[] send(byte[] batch) throws IOException, InterruptedException;

        @Override
        void close();
    }

    record InProcessSender(Services app) implements Sender {
        @Override
        public long[] send(byte[] batch) throws IOException {
            var result = app.eventIntake.ingest(JSON.readValue(batch, EVENT_LIST));
            if (!result.rejected().isEmpty()) {
                throw new IllegalStateException(
                        "benchmark events rejected: " + result.rejected().getFirst());
            }
            return new long[] {result.saved(), result.duplicates()};
        }

        @Override
        public void close() {}
    }

    static final class HttpSender implements Sender {
        private final WebServer server;
        private final String key;
        private final HttpClient client = HttpClient.newHttpClient();

        HttpSender(Services app) {
            this.key = app.apiKeys.create("bench", Role.MARKETER, "bench").secret();
            this.server = WebServer.create(app).start("127.0.0.1", 0);
        }

        @Override
        public long[] send(byte[] batch) throws IOException, InterruptedException {
            HttpResponse<byte[]> r = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/events"))
                            .header("Authorization", "Bearer " + key)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(batch))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(
                        "HTTP " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
            }
            var body = JSON.readTree(r.body());
            return new long[] {
                body.get("saved").asLong(), body.get("duplicates").asLong()
            };
        }

        @Override
        public void close() {
            server.stop();
        }
    }
}
