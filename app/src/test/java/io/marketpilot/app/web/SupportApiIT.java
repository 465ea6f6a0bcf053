package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.app.TestApp;
import io.marketpilot.app.demo.DemoKnowledgeBase;
import io.marketpilot.core.access.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public chat API and the agent's support API over a real server with the demo knowledge base. */
class SupportApiIT {
    @TempDir
    static Path dir;

    static TestApp app;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        app = TestApp.start(dir);
        DemoKnowledgeBase.load(app.app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static ApiClient.Reply call(String method, String path, String key, String body, String... headers)
            throws Exception {
        return ApiClient.call(app, method, path, key, "application/json", body, headers);
    }

    private static String session() throws Exception {
        ApiClient.Reply r = call("POST", "/api/v1/chat/sessions", null, "{}");
        assertThat(r.status()).isEqualTo(201);
        return r.body().get("id").asText();
    }

    @Test
    void aVisitorGetsACitedAnswerWithoutAKey() throws Exception {
        String id = session();

        ApiClient.Reply r = call(
                "POST",
                "/api/v1/chat/sessions/" + id + "/messages",
                null,
                "{\"text\":\"How much does shipping cost?\"}");

        assertThat(r.status()).isEqualTo(200);
        JsonNode answer = r.body().get("answer");
        assertThat(answer.get("text").asText()).contains("4.90 EUR");
        assertThat(answer.get("citations").get(0).asText()).startsWith("faq.csv#");
        assertThat(answer.has("intent"))
                .as("customers do not see internal fields")
                .isFalse();
        assertThat(r.body().get("status").asText()).isEqualTo("open");
    }

    @Test
    void answersStreamAsServerSentEvents() throws Exception {
        String id = session();

        ApiClient.Reply r = call(
                "POST",
                "/api/v1/chat/sessions/" + id + "/messages",
                null,
                "{\"text\":\"退款多久到账？\"}",
                "Accept",
                "text/event-stream");

        assertThat(r.response().headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> events = new ArrayList<>();
        StringBuilder streamed = new StringBuilder();
        JsonNode done = null;
        for (String block : r.raw().split("\n\n")) {
            String name = block.lines()
                    .filter(l -> l.startsWith("event: "))
                    .findFirst()
                    .orElseThrow()
                    .substring(7);
            JsonNode data = JSON.readTree(block.lines()
                    .filter(l -> l.startsWith("data: "))
                    .findFirst()
                    .orElseThrow()
                    .substring(6));
            events.add(name);
            if (name.equals("token")) {
                streamed.append(data.get("text").asText());
            } else if (name.equals("done")) {
                done = data;
            }
        }
        assertThat(events.getFirst()).isEqualTo("question");
        assertThat(events.getLast()).isEqualTo("done");
        assertThat(events.stream().filter("token"::equals).count()).isGreaterThan(3);
        assertThat(done.get("answer").get("text").asText())
                .isEqualTo(streamed.toString())
                .contains("5 个工作日");
    }

    @Test
    void anAgentAnswersTheQueueAndTheVisitorSeesIt() throws Exception {
        String id = session();
        call("POST", "/api/v1/chat/sessions/" + id + "/messages", null, "{\"text\":\"I want to speak to a human\"}");

        assertThat(call("GET", "/api/v1/support/conversations?status=handoff", null, null)
                        .status())
                .isEqualTo(401);
        String viewer = app.key(Role.VIEWER);
        JsonNode queue = call("GET", "/api/v1/support/conversations?status=handoff", viewer, null)
                .body();
        assertThat(queue.findValuesAsText("id")).contains(id);
        JsonNode detail =
                call("GET", "/api/v1/support/conversations/" + id, viewer, null).body();
        assertThat(detail.get("handoffReason").asText()).isEqualTo("explicit request");
        assertThat(detail.get("turns").get(0).get("intent").asText()).isEqualTo("handoff_request");
        assertThat(call("POST", "/api/v1/support/conversations/" + id + "/reply", viewer, "{\"text\":\"hi\"}")
                        .status())
                .isEqualTo(403);

        ApiClient.Reply sent = call(
                "POST",
                "/api/v1/support/conversations/" + id + "/reply",
                app.key(Role.MARKETER),
                "{\"text\":\"Hello, I am here to help.\"}");
        assertThat(sent.status()).isEqualTo(200);

        JsonNode seen = call("GET", "/api/v1/chat/sessions/" + id + "/messages?after=2", null, null)
                .body();
        assertThat(seen.get("messages").get(0).get("speaker").asText()).isEqualTo("agent");
        assertThat(seen.get("messages").get(0).get("text").asText()).isEqualTo("Hello, I am here to help.");
    }

    @Test
    void readingMessagesIsRateLimitedPerVisitorApartFromSendingThem() throws Exception {
        // a server of its own, behind a trusted proxy on 127.0.0.1, so that visitors are told apart and the other
        // tests' buckets stay untouched
        WebServer proxied = WebServer.create(
                        app.app, new io.marketpilot.app.config.ServerSettings(false, List.of("127.0.0.1")))
                .start("127.0.0.1", 0);
        try {
            String id = session();
            String path = "/api/v1/chat/sessions/" + id + "/messages";
            int reads = app.app.support.settings().readsPerMinute();
            // the bucket refills while the loop runs (reads per minute, in real time), so read until refused
            int admitted = 0;
            HttpResponse<String> refused = onServer(proxied, "GET", path, null, "198.51.100.31");
            while (refused.statusCode() == 200 && admitted < 2 * reads) {
                admitted++;
                refused = onServer(proxied, "GET", path, null, "198.51.100.31");
            }
            HttpResponse<String> other = onServer(proxied, "GET", path, null, "198.51.100.32");
            HttpResponse<String> send =
                    onServer(proxied, "POST", path, "{\"text\":\"How much does shipping cost?\"}", "198.51.100.31");

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(admitted).as("a burst of a minute's reads is admitted").isGreaterThanOrEqualTo(reads);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(JSON.readTree(refused.body()).get("error").asText()).startsWith("Too many reads");
            assertThat(other.statusCode()).as("another visitor still reads").isEqualTo(200);
            assertThat(send.statusCode()).as("reads do not use up the messages").isEqualTo(200);
        } finally {
            proxied.stop();
        }
    }

    private static HttpResponse<String> onServer(
            WebServer server, String method, String path, String body, String forwardedFor) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("X-Forwarded-For", forwardedFor)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        // the second server serves the same document as the first
        assertThat(ApiClient.drift(app, method, path, r))
                .as("answers the OpenAPI document does not describe")
                .isEmpty();
        return r;
    }

    @Test
    void unknownConversationsAreNotFoundAndBadMessagesRefused() throws Exception {
        assertThat(call("GET", "/api/v1/chat/sessions/0123456789abcdef/messages", null, null)
                        .status())
                .isEqualTo(404);
        String id = session();
        ApiClient.Reply empty = call("POST", "/api/v1/chat/sessions/" + id + "/messages", null, "{\"text\":\"  \"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("error").asText()).contains("empty");
    }

    @Test
    void corsPreflightAndOpenApiEntries() throws Exception {
        ApiClient.Reply preflight = call(
                "OPTIONS",
                "/api/v1/chat/sessions",
                null,
                null,
                "Origin",
                "https://shop.example",
                "Access-Control-Request-Method",
                "POST");
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.response().headers().firstValue("Access-Control-Allow-Origin"))
                .contains("*");

        JsonNode paths = call("GET", "/api/v1/openapi.json", null, null).body().get("paths");
        assertThat(paths.has("/api/v1/chat/sessions/{id}/messages") || paths.has("/chat/sessions/{id}/messages"))
                .isTrue();
        assertThat(paths.toString())
                .contains("/support/conversations/{id}/reply")
                .contains("/support/kb/sources");
    }

    @Test
    void knowledgeBaseSourcesAndUnansweredQuestions() throws Exception {
        String viewer = app.key(Role.VIEWER);
        String id = session();
        call("POST", "/api/v1/chat/sessions/" + id + "/messages", null, "{\"text\":\"Who painted the Mona Lisa?\"}");

        JsonNode sources =
                call("GET", "/api/v1/support/kb/sources", viewer, null).body();
        assertThat(sources.findValuesAsText("source")).contains("faq.csv", "shipping.md", "payment-zh.md", "catalogue");
        JsonNode unanswered =
                call("GET", "/api/v1/support/unanswered", viewer, null).body();
        assertThat(unanswered.findValuesAsText("text")).contains("Who painted the Mona Lisa?");
        JsonNode hits = call("GET", "/api/v1/support/kb/search?q=usb-c%20cable&mode=bm25", viewer, null)
                .body();
        assertThat(hits.get(0).get("citation").asText()).startsWith("catalogue#");
    }
}
