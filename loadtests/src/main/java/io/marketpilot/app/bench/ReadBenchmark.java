package io.marketpilot.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.demo.DemoLoader;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.services.ServicesOpener;
import io.marketpilot.app.web.WebServer;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.domain.Event;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportProgress;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Every read of the server timed over a large store: the sample shop, an orders file (the real UCI Online Retail file,
 * or one of its shape) and a million events. Models are built first, in the background as the server does; then each
 * GET operation of the OpenAPI document and each dashboard page is requested a few times and its slowest answer
 * compared with the budget.
 */
public final class ReadBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SOURCES = {"search", "social", "email", "direct", "referral"};
    private static final String[] TYPES = {
        "page_view", "page_view", "page_view", "email_open", "email_click", "add_to_cart"
    };

    /** One read: its median and slowest time and the answer's status. */
    public record Timing(String target, int status, double medianMillis, double maxMillis) {}

    /** The store's size, how long each model took to build, and every read's timing. */
    public record Result(
            long events, long orderLines, Map<String, Long> buildMillis, List<Timing> timings, double budgetMillis) {
        public List<Timing> overBudget() {
            return timings.stream()
                    .filter(t -> t.maxMillis() > budgetMillis || t.status() >= 500)
                    .toList();
        }
    }

    private ReadBenchmark() {}

    public static Result run(
            ServicesOpener opener,
            Path dataDir,
            @Nullable Path ordersFile,
            int generatedLines,
            long events,
            int repeats,
            double budget)
            throws IOException, InterruptedException {
        try (Services app = opener.open(new MarketPilotConfig(dataDir, null, null, null, "127.0.0.1", 0))) {
            load(app, dataDir, ordersFile, generatedLines, events);
            System.out.println("segmenting the customers");
            app.segments.run("auto", 42, java.util.Optional.empty());
            long t0 = System.nanoTime();
            WebServer server = WebServer.create(app).start("127.0.0.1", 0);
            try {
                System.out.println("building the models in the background");
                app.jobs.awaitIdle(Duration.ofMinutes(30));
                System.out.printf("models built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
                Map<String, Long> builds = new java.util.LinkedHashMap<>();
                app.jobs
                        .models()
                        .forEach(m -> builds.put(m.name(), m.tookMillis().orElse(-1L)));
                String key = app.apiKeys.create("bench", Role.ADMIN, "bench").secret();
                // one new event before every timed read, as a live shop has: H2 serves a repeated query from its
                // last result while no table changed, which would time the cache, not the read
                AtomicLong touches = new AtomicLong();
                Runnable touch = () -> app.events.saveAll(List.of(new Event(
                        "bench-touch-" + touches.incrementAndGet(),
                        "page_view",
                        null,
                        null,
                        LocalDateTime.now(app.clock),
                        Map.of("source", "direct"))));
                Reader reader = new Reader("http://127.0.0.1:" + server.port(), key, repeats, touch);
                ReadTargets targets = new ReadTargets(reader::json);
                List<Timing> timings = new ArrayList<>();
                for (String path : targets.api(reader.openApi())) {
                    timings.add(reader.time("/api/v1" + path, true));
                }
                for (String path : targets.dashboard()) {
                    timings.add(reader.time(path, false));
                }
                return new Result(app.events.count(), orderLines(app), builds, timings, budget);
            } finally {
                server.stop();
            }
        }
    }

    private static void load(Services app, Path dataDir, @Nullable Path ordersFile, int lines, long events)
            throws IOException {
        System.out.println("loading the sample shop");
        DemoLoader.loadIfEmpty(app, ImportProgress.NONE);
        io.marketpilot.app.demo.DemoKnowledgeBase.load(app);
        io.marketpilot.app.demo.DemoExperiments.seedIfEmpty(app);
        Path source = ordersFile;
        if (source == null) {
            source = dataDir.resolve("online-retail-like.csv");
            OnlineRetailLikeFile.write(source, lines, 1);
        }
        System.out.println("importing " + source);
        try (InputStream in = Files.newInputStream(source)) {
            System.out.println(app.importFile(
                            ImportKind.ORDERS, source.getFileName().toString(), in, false, "bench", ImportProgress.NONE)
                    .summary());
        }
        long missing = events - app.events.count();
        System.out.println("adding " + Math.max(0, missing) + " events");
        addEvents(app, missing);
    }

    /** Engagement events of the stored customers over the last two years, in batches. */
    private static void addEvents(Services app, long count) {
        List<String> customers = new ArrayList<>();
        app.customers.forEach(c -> customers.add(c.id()));
        Random random = new Random(7);
        LocalDateTime start = LocalDateTime.of(2010, 1, 1, 0, 0);
        List<Event> batch = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            String type = TYPES[random.nextInt(TYPES.length)];
            Map<String, String> props =
                    type.equals("page_view") ? Map.of("source", SOURCES[random.nextInt(SOURCES.length)]) : Map.of();
            batch.add(new Event(
                    "bench-" + i,
                    type,
                    customers.get(random.nextInt(customers.size())),
                    null,
                    start.plusMinutes(random.nextInt(2 * 365 * 24 * 60)),
                    props));
            if (batch.size() == 5_000) {
                app.events.saveAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            app.events.saveAll(batch);
        }
    }

    private static long orderLines(Services app) {
        return app.orders.lineCount();
    }

    /** Times GETs with the API key (API) or a dashboard session (pages). */
    private static final class Reader {
        private final HttpClient http = HttpClient.newHttpClient();
        private final String base;
        private final String key;
        private final String session;
        private final int repeats;
        private final Runnable touch;

        Reader(String base, String key, int repeats, Runnable touch) throws IOException, InterruptedException {
            this.touch = touch;
            this.base = base;
            this.key = key;
            this.repeats = repeats;
            HttpResponse<String> login = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            this.session =
                    login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        }

        java.util.Optional<JsonNode> json(String apiPath) {
            try {
                HttpResponse<String> r = get("/api/v1" + apiPath, true);
                return r.statusCode() == 200
                        ? java.util.Optional.of(JSON.readTree(r.body()))
                        : java.util.Optional.empty();
            } catch (IOException e) {
                return java.util.Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return java.util.Optional.empty();
            }
        }

        JsonNode openApi() throws IOException, InterruptedException {
            return JSON.readTree(get("/api/v1/openapi.json", true).body());
        }

        Timing time(String path, boolean api) throws IOException, InterruptedException {
            get(path, api); // warm: first compilation of the path's code
            double[] millis = new double[repeats];
            int status = 0;
            for (int i = 0; i < repeats; i++) {
                touch.run();
                long t = System.nanoTime();
                status = get(path, api).statusCode();
                millis[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(millis);
            Timing timing = new Timing(path, status, millis[repeats / 2], millis[repeats - 1]);
            System.out.printf("%-70s %3d %8.1f ms %8.1f ms%n", path, status, timing.medianMillis(), timing.maxMillis());
            return timing;
        }

        private HttpResponse<String> get(String path, boolean api) throws IOException, InterruptedException {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10));
            request = api ? request.header("Authorization", "Bearer " + key) : request.header("Cookie", session);
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
