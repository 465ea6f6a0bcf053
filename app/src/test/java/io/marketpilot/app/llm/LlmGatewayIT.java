package io.marketpilot.app.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.app.Application;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.WebServer;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.audit.AuditEntry;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.llm.LlmMessage;
import io.marketpilot.core.llm.LlmReply;
import io.marketpilot.core.llm.LlmRequest;
import io.marketpilot.core.llm.LlmUnavailableException;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.llm.LlmSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configured gateway with LangChain4j's real OpenAI HTTP client against a local OpenAI-compatible server
 * ({@link FakeOpenAiServer}) over a real embedded store: retries, the circuit breaker, malformed answers, PII
 * redaction on the wire, usage and the audit log.
 */
class LlmGatewayIT {
    @TempDir
    Path dir;

    final FakeOpenAiServer fake = FakeOpenAiServer.start();
    Services app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        fake.close();
    }

    Services open(LlmSettings llm) {
        app = Application.open(new MarketPilotConfig(dir, null, null, null, "127.0.0.1", 0).withLlm(llm));
        return app;
    }

    static LlmRequest ask(String user, boolean json) {
        return new LlmRequest(
                "content.email",
                "apikey:it",
                List.of(LlmMessage.system("You write marketing e-mails."), LlmMessage.user(user)),
                0.4,
                200,
                json);
    }

    List<AuditEntry> llmCalls() {
        return app.audit.list(new PageRequest(0, 100, null)).items().stream()
                .filter(e -> e.action().equals("llm.call"))
                .toList();
    }

    @Test
    void aRateLimitIsRetriedAndTheAnswerCarriesTheProvidersTokenCounts() {
        fake.error(429, "Rate limit reached").reply("{\"subject\":\"Hello\"}", 31, 7);
        open(fake.settings(3, 5));

        LlmReply reply = app.languageModel.complete(ask("Write a subject line.", true));

        assertThat(reply.text()).isEqualTo("{\"subject\":\"Hello\"}");
        assertThat(reply.provider()).isEqualTo("openai");
        assertThat(reply.model()).isEqualTo(FakeOpenAiServer.MODEL);
        assertThat(reply.inputTokens()).isEqualTo(31);
        assertThat(reply.outputTokens()).isEqualTo(7);
        assertThat(fake.requests()).hasSize(2);
        JsonNode sent = fake.requests().getLast().json();
        assertThat(sent.get("model").asText()).isEqualTo(FakeOpenAiServer.MODEL);
        assertThat(sent.at("/response_format/type").asText()).isEqualTo("json_object");
        assertThat(fake.requests().getLast().authorization()).isEqualTo("Bearer test-key");
        var usage = LlmUsageReport.of(app.llmUsage, app.clock, 1);
        assertThat(usage.rows()).singleElement().satisfies(r -> {
            assertThat(r.feature()).isEqualTo("content.email");
            assertThat(r.calls()).isEqualTo(1);
            assertThat(r.inputTokens()).isEqualTo(31);
            // 31 × $1 + 7 × $2 per million tokens
            assertThat(r.cost()).isCloseTo(45e-6, org.assertj.core.data.Offset.offset(1e-12));
        });
        assertThat(llmCalls())
                .singleElement()
                .satisfies(e -> assertThat(e.details()).contains("attempts=2").contains("outcome=ok"));
    }

    @Test
    void anAnswerSlowerThanTheTimeoutIsRetried() {
        fake.enqueue(new FakeOpenAiServer.Response(
                        200, r -> FakeOpenAiServer.completion("late", 1, 1), java.time.Duration.ofSeconds(2)))
                .reply("in time");
        LlmSettings s = fake.settings(2, 5);
        open(new LlmSettings(
                s.provider(),
                s.baseUrl(),
                s.model(),
                s.apiKey(),
                java.time.Duration.ofMillis(500),
                s.maxConcurrency(),
                s.maxRetries(),
                s.retryBaseDelay(),
                s.redact(),
                s.breakerThreshold(),
                s.breakerCoolDown(),
                s.cacheSize(),
                s.prices()));

        assertThat(app.languageModel.complete(ask("quick", false)).text()).isEqualTo("in time");
        assertThat(fake.requests()).hasSize(2);
        assertThat(llmCalls()).singleElement().satisfies(e -> assertThat(e.details())
                .contains("attempts=2"));
    }

    @Test
    void aBadRequestIsNotRetried() {
        fake.error(400, "Invalid 'messages'");
        open(fake.settings(3, 5));

        assertThatThrownBy(() -> app.languageModel.complete(ask("Hi", false)))
                .isInstanceOf(LlmUnavailableException.class)
                .hasMessageContaining("after 1 attempt");
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void aStreakOfServerErrorsOpensTheCircuitAndLaterCallsFailFastSayingSo() {
        for (int i = 0; i < 3; i++) {
            fake.error(500, "The server had an error");
        }
        open(fake.settings(2, 3));

        assertThatThrownBy(() -> app.languageModel.complete(ask("one", false)))
                .isInstanceOf(LlmUnavailableException.class)
                .hasMessageContaining("after 3 attempts")
                .hasMessageContaining("HTTP 500");
        assertThatThrownBy(() -> app.languageModel.complete(ask("two", false)))
                .isInstanceOf(LlmUnavailableException.class)
                .hasMessageContaining("circuit is open");

        assertThat(fake.requests()).hasSize(3);
        assertThat(app.llm.status().circuit()).isEqualTo("open");
        var total = LlmUsageReport.of(app.llmUsage, app.clock, 1).total();
        assertThat(total.calls()).isEqualTo(2);
        assertThat(total.failures()).isEqualTo(2);
    }

    @Test
    void aMalformedJsonBodyIsRetriedAndReportedClearlyWhenItPersists() {
        fake.malformed("{\"id\": \"chatcmpl-1\", \"choices\": [").reply("Recovered");
        open(fake.settings(2, 10));

        assertThat(app.languageModel.complete(ask("first", false)).text()).isEqualTo("Recovered");
        assertThat(fake.requests()).hasSize(2);

        fake.malformed("<html>Bad gateway</html>")
                .malformed("<html>Bad gateway</html>")
                .malformed("<html>Bad gateway</html>");
        assertThatThrownBy(() -> app.languageModel.complete(ask("second", false)))
                .isInstanceOf(LlmUnavailableException.class)
                .hasMessageContaining("after 3 attempts")
                .hasMessageContaining("not valid JSON");
        assertThat(fake.requests()).hasSize(5);
    }

    @Test
    void personalDataNeverReachesTheServerAndIsRestoredInTheAnswerAndAuditedRedacted() {
        fake.echo();
        open(fake.settings(0, 5));
        app.customers.save(new Customer(
                "C-PII-1", "hk@example.org", "Hannah Kowalski", "Germany", "Berlin", LocalDate.now(app.clock)));
        String prompt = "Thank Hannah Kowalski (hannah.kowalski@example.com, +49 30 3173395) for her order;"
                + " her card 4111 1111 1111 1111 was charged.";

        LlmReply reply = app.languageModel.complete(ask(prompt, false));

        String wire = fake.everythingReceived();
        assertThat(wire)
                .doesNotContain("Hannah")
                .doesNotContain("Kowalski")
                .doesNotContain("hannah.kowalski@example.com")
                .doesNotContain("3173395")
                .doesNotContain("4111")
                .contains("[NAME_1]", "[EMAIL_1]", "[PHONE_1]", "[CARD_1]");
        assertThat(reply.text()).isEqualTo("Echo: " + prompt);

        assertThat(llmCalls()).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("apikey:it");
            assertThat(e.target()).isEqualTo("openai/" + FakeOpenAiServer.MODEL);
            assertThat(e.details())
                    .contains("feature=content.email")
                    .contains("sent=redacted")
                    .contains("Thank [NAME_1] ([EMAIL_1], [PHONE_1])")
                    .doesNotContain("Hannah")
                    .doesNotContain("hannah.kowalski@example.com");
        });
    }

    @Test
    void theSamePromptIsAnsweredFromTheCacheWithoutASecondRequest() {
        fake.reply("Once");
        open(fake.settings(0, 5));

        LlmReply first = app.languageModel.complete(ask("Same", false));
        LlmReply second = app.languageModel.complete(ask("Same", false));

        assertThat(first.cached()).isFalse();
        assertThat(second.cached()).isTrue();
        assertThat(second.text()).isEqualTo("Once");
        assertThat(fake.requests()).hasSize(1);
        assertThat(LlmUsageReport.of(app.llmUsage, app.clock, 1).total().cacheHits())
                .isEqualTo(1);
    }

    @Test
    void statusUsageAndPingOverTheRestApi() throws Exception {
        fake.reply("pong", 12, 1);
        open(fake.settings(0, 5));
        WebServer server = WebServer.create(app).start("127.0.0.1", 0);
        try {
            String key = app.apiKeys.create("it", Role.MARKETER, "test").secret();
            HttpClient http = HttpClient.newHttpClient();
            ObjectMapper json = new ObjectMapper();
            String base = "http://127.0.0.1:" + server.port() + "/api/v1/llm/";

            HttpResponse<String> ping = http.send(
                    HttpRequest.newBuilder(URI.create(base + "ping"))
                            .header("Authorization", "Bearer " + key)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode status = json.readTree(http.send(
                            HttpRequest.newBuilder(URI.create(base + "status"))
                                    .header("Authorization", "Bearer " + key)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
            JsonNode usage = json.readTree(http.send(
                            HttpRequest.newBuilder(URI.create(base + "usage?days=7"))
                                    .header("Authorization", "Bearer " + key)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());

            assertThat(ping.statusCode()).isEqualTo(200);
            assertThat(json.readTree(ping.body()).get("answer").asText()).isEqualTo("pong");
            assertThat(status.get("provider").asText()).isEqualTo("openai");
            assertThat(status.get("model").asText()).isEqualTo(FakeOpenAiServer.MODEL);
            assertThat(status.get("circuit").asText()).isEqualTo("closed");
            assertThat(status.get("redaction").asBoolean()).isTrue();
            assertThat(usage.at("/rows/0/feature").asText()).isEqualTo("llm.ping");
            assertThat(usage.at("/rows/0/inputTokens").asLong()).isEqualTo(12);
            assertThat(usage.at("/total/calls").asLong()).isEqualTo(1);

            HttpClient browserLike = HttpClient.newBuilder()
                    .cookieHandler(new java.net.CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            String root = "http://127.0.0.1:" + server.port();
            browserLike.send(
                    HttpRequest.newBuilder(URI.create(root + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("key=" + key))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String page = browserLike
                    .send(
                            HttpRequest.newBuilder(URI.create(root + "/llm")).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(page)
                    .contains("<dd id=\"llm-model\">" + FakeOpenAiServer.MODEL + "</dd>")
                    .contains("<td>llm.ping</td>")
                    .contains("<dd id=\"llm-redaction\">on");
        } finally {
            server.stop();
        }
    }
}
