package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.TestApp;
import io.marketpilot.app.jobs.JobRun;
import io.marketpilot.core.domain.Event;
import io.marketpilot.core.page.PageRequest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads serve published models and never train; a download whose client goes away stops. */
class ReadPathIT {
    @TempDir
    static Path dir;

    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(dir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void readsAfterNewOrdersAndEventsAnswerFromTheTrainedModelsWithoutWaitingForTheRetraining() throws Exception {
        assertThat(app.app.jobs.awaitIdle(Duration.ofMinutes(2))).isTrue();
        int before = version();
        var customer = app.app.customers.list(PageRequest.first(1)).items().getFirst();
        var product = app.app.products.list(PageRequest.first(1)).items().getFirst();
        String at = LocalDateTime.now(ZoneOffset.UTC).minusHours(1).withNano(0).toString();
        post(
                "/api/v1/orders",
                "{\"id\":\"read-path-1\",\"customerId\":\"" + customer.id() + "\",\"orderedAt\":\""
                        + at + "\",\"kind\":\"SALE\",\"lines\":[{\"lineNo\":1,\"productId\":\"" + product.id()
                        + "\",\"quantity\":2,\"unitPrice\":10,\"amount\":20}]}");
        post(
                "/api/v1/events",
                "[{\"id\":\"read-path-e1\",\"type\":\"email_open\",\"customerId\":\"" + customer.id()
                        + "\",\"occurredAt\":\"" + at + "\",\"properties\":{}}]");

        long readNanos = 0;
        for (String read : List.of(
                "/api/v1/recommendations/customers/" + customer.id() + "?k=5",
                "/api/v1/predictions/clv?limit=5",
                "/api/v1/predictions/at-risk",
                "/api/v1/customers/" + customer.id() + "/profile",
                "/api/v1/predictions/send-time/" + customer.id())) {
            long started = System.nanoTime();
            ApiClient.Reply r = ApiClient.call(app, "GET", read, app.adminKey, null, null);
            readNanos = Math.max(readNanos, System.nanoTime() - started);
            assertThat(r.status()).as(read + ": " + r.raw()).isLessThan(500);
        }
        // the first reads after the change are answered by the models trained before it ...
        assertThat(version()).isEqualTo(before);

        // ... while the retraining they prompted runs as a job in the background, longer than any of the reads took
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (version() == before && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(version())
                .as("a later read sees the model retrained in the background")
                .isGreaterThan(before);
        JobRun retraining = app.app.jobs.recent().stream()
                .filter(j -> j.model().equals("recommendations") && j.state() == JobRun.State.SUCCEEDED)
                .findFirst()
                .orElseThrow();
        assertThat(retraining.reason()).isIn("data changed", "schedule");
        assertThat(Duration.ofNanos(readNanos))
                .as("no read waited for the retraining")
                .isLessThan(Duration.ofMillis(
                        retraining.tookMillis(app.app.clock.instant()).orElseThrow()));
        ApiClient.Reply jobs = ApiClient.call(app, "GET", "/api/v1/jobs", app.adminKey, null, null);
        assertThat(jobs.status()).isEqualTo(200);
        assertThat(jobs.body().path("recent").findValuesAsText("model")).contains("recommendations");
        assertThat(jobs.body().path("models").findValuesAsText("state")).doesNotContain("failed");
    }

    private static void post(String path, String body) throws Exception {
        ApiClient.Reply r = ApiClient.call(app, "POST", path, app.adminKey, "application/json", body);
        assertThat(r.status()).as(path + ": " + r.raw()).isBetween(200, 201);
    }

    @Test
    void aDownloadStopsWhenItsClientGoesAway() throws Exception {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            events.add(new Event(
                    "export-" + i,
                    "page_view",
                    null,
                    null,
                    LocalDateTime.of(2024, 1, 1, 0, 0).plusSeconds(i),
                    Map.of()));
        }
        app.app.events.saveAll(events);
        long total = app.app.events.count();

        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), app.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/exports/events?format=jsonl HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                            + app.adminKey + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            int read = in.read(buffer);
            assertThat(new String(buffer, 0, read, StandardCharsets.UTF_8)).startsWith("HTTP/1.1 200");
            socket.setSoLinger(true, 0); // close with a reset, as a client that crashed or was killed does
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        var aborted = app.app.audit.list(PageRequest.first(20)).items().stream()
                .filter(e -> e.action().equals("export.events.aborted"))
                .findFirst();
        while (aborted.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            aborted = app.app.audit.list(PageRequest.first(20)).items().stream()
                    .filter(e -> e.action().equals("export.events.aborted"))
                    .findFirst();
        }
        assertThat(aborted).as("the export records that it stopped").isPresent();
        long written = Long.parseLong(aborted.get().details().replace("rows=", ""));
        assertThat(written).as("rows written of " + total).isLessThan(total / 2);
    }

    private static int version() throws Exception {
        ApiClient.Reply r = ApiClient.call(app, "GET", "/api/v1/recommendations/model", app.adminKey, null, null);
        assertThat(r.status()).isEqualTo(200);
        return r.body().path("version").asInt();
    }
}
