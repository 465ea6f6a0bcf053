package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.marketpilot.app.TestApp;
import io.marketpilot.channels.webhook.WebhookSignature;
import io.marketpilot.core.access.Role;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks out through the REST API of a running server, whose background worker posts to a real local receiver:
 * an administrator subscribes, a segmentation run started through the API reaches the receiver signed, a refused
 * delivery shows in the log and is replayed, and the subscription is removed. Other roles are refused.
 */
class WebhookApiIT {
    static final String SECRET = "it-receiver-secret-0123456789";

    @TempDir
    static Path dir;

    static TestApp app;
    static HttpServer receiver;
    static final List<String> bodies = new CopyOnWriteArrayList<>();
    static final List<String> signatures = new CopyOnWriteArrayList<>();
    static final Deque<Integer> answers = new ArrayDeque<>();

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start(dir);
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/events", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            signatures.add(exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER));
            Integer status;
            synchronized (answers) {
                status = answers.poll();
            }
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stop() {
        receiver.stop(0);
        app.close();
    }

    private static ApiClient.Reply call(String method, String path, String key, String body) throws Exception {
        return ApiClient.call(app, method, path, key, body == null ? null : "application/json", body);
    }

    /** The subscription's log once {@code done} holds for its newest delivery, polled while the worker works. */
    private static JsonNode awaitNewest(long subscription, Predicate<JsonNode> done) throws Exception {
        Instant until = Instant.now().plusSeconds(30);
        JsonNode log;
        do {
            log = call("GET", "/api/v1/webhooks/subscriptions/" + subscription + "/deliveries", app.adminKey, null)
                    .body();
            if (!log.isEmpty() && done.test(log.get(0))) {
                return log.get(0);
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(until));
        throw new AssertionError("the delivery did not settle: " + log);
    }

    @Test
    void anAdministratorSubscribesReceivesASignedEventReplaysARefusedOneAndRemovesTheSubscription() throws Exception {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/events";
        ApiClient.Reply created = call(
                "POST",
                "/api/v1/webhooks/subscriptions",
                app.adminKey,
                "{\"url\":\"" + url + "\",\"events\":[\"segment.run_finished\"],\"secret\":\"" + SECRET + "\"}");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().has("secret")).as("the secret is never shown").isFalse();
        long id = created.body().get("id").asLong();
        assertThat(call("GET", "/api/v1/webhooks/subscriptions", app.adminKey, null)
                        .body()
                        .findValuesAsText("url"))
                .contains(url);

        // the receiver refuses the first post for good (400), then takes the replay
        synchronized (answers) {
            answers.add(400);
        }
        ApiClient.Reply run = call("POST", "/api/v1/segments/runs", app.adminKey, "{\"k\":3,\"seed\":7}");
        assertThat(run.status()).as(run.raw()).isBetween(200, 201);
        JsonNode failed = awaitNewest(id, d -> d.get("status").asText().equals("failed"));
        assertThat(failed.get("event").asText()).isEqualTo("segment.run_finished");
        assertThat(failed.get("lastResponseCode").asInt()).isEqualTo(400);
        assertThat(bodies).hasSize(1);

        ApiClient.Reply replayed = call(
                "POST", "/api/v1/webhooks/deliveries/" + failed.get("id").asLong() + "/replay", app.adminKey, null);
        assertThat(replayed.status()).as(replayed.raw()).isEqualTo(200);
        JsonNode delivered = awaitNewest(id, d -> d.get("status").asText().equals("delivered"));
        assertThat(delivered.get("lastResponseCode").asInt()).isEqualTo(200);
        assertThat(bodies).hasSize(2).containsOnly(bodies.get(0));
        assertThat(bodies.get(1)).contains("\"type\":\"segment.run_finished\"");
        assertThat(WebhookSignature.verify(SECRET, signatures.get(1), bodies.get(1), Duration.ofMinutes(5)))
                .isTrue();
        assertThat(call(
                                "POST",
                                "/api/v1/webhooks/deliveries/"
                                        + delivered.get("id").asLong() + "/replay",
                                app.adminKey,
                                null)
                        .status())
                .as("a delivered event is not replayed")
                .isEqualTo(409);

        assertThat(call("DELETE", "/api/v1/webhooks/subscriptions/" + id, app.adminKey, null)
                        .status())
                .isEqualTo(200);
        assertThat(call("GET", "/api/v1/webhooks/subscriptions/" + id, app.adminKey, null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyAdministratorsReachWebhooks() throws Exception {
        String marketer = app.key(Role.MARKETER);
        assertThat(call("GET", "/api/v1/webhooks/subscriptions", marketer, null).status())
                .isEqualTo(403);
        assertThat(call(
                                "POST",
                                "/api/v1/webhooks/subscriptions",
                                marketer,
                                "{\"url\":\"https://example.com/h\",\"events\":[\"message.sent\"],\"secret\":\""
                                        + SECRET + "\"}")
                        .status())
                .isEqualTo(403);
        ApiClient.Reply plainHttp = call(
                "POST",
                "/api/v1/webhooks/subscriptions",
                app.adminKey,
                "{\"url\":\"http://example.com/h\",\"events\":[\"message.sent\"],\"secret\":\"" + SECRET + "\"}");
        assertThat(plainHttp.status()).isEqualTo(400);
        assertThat(plainHttp.body().get("error").asText()).contains("https");
    }
}
