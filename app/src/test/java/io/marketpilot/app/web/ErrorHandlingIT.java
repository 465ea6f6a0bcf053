package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.marketpilot.core.MarketPilotException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an API client and the operator's log get when a request fails, on a real server. */
class ErrorHandlingIT {
    private Javalin server;

    @BeforeEach
    void start() {
        server = Javalin.create(config -> config.jsonMapper(new JavalinJackson(Json.mapper(), false)));
        ErrorHandling.install(server);
        server.get("/api/v1/bug", ctx -> {
            throw new IllegalStateException("a bug behind the API");
        });
        server.get("/api/v1/missing", ctx -> {
            throw MarketPilotException.notFound("Customer", "C-404");
        });
        server.start(0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void anUnexpectedExceptionAnswersAnIdAndTheLogHasTheTraceUnderIt() throws Exception {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        HttpResponse<String> response;
        try {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            response = get("/api/v1/bug");
        } finally {
            System.setErr(originalErr);
        }

        assertThat(response.statusCode()).isEqualTo(500);
        JsonNode body = Json.mapper().readTree(response.body());
        assertThat(body.get("error").asText()).isEqualTo("internal failure");
        assertThat(body.get("code").asText()).isEqualTo("internal");
        String id = body.get("id").asText();
        assertThat(id).matches("[0-9a-f]{8}");
        assertThat(response.body()).doesNotContain("IllegalStateException", "a bug behind the API");
        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("incident=" + id)
                .contains("java.lang.IllegalStateException: a bug behind the API")
                .contains("\tat io.marketpilot.app.web.ErrorHandlingIT");
    }

    @Test
    void aMarketPilotExceptionKeepsItsErrorCodeAndDetailsShape() throws Exception {
        HttpResponse<String> response = get("/api/v1/missing");

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode body = Json.mapper().readTree(response.body());
        assertThat(body.get("code").asText()).isEqualTo("not_found");
        assertThat(body.get("error").asText()).contains("C-404");
        assertThat(body.has("details")).isTrue();
        assertThat(body.has("id")).isFalse();
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
