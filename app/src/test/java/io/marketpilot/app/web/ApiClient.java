package io.marketpilot.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.app.TestApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/** The test server's REST API as a client sees it, for the API integration tests. */
final class ApiClient {
    /**
     * A reply; {@code body} is the parsed JSON when the text is one JSON document (not for JSONL or CSV), and
     * {@code drift} what in it the OpenAPI document does not describe.
     */
    record Reply(int status, JsonNode body, String raw, HttpResponse<String> response, List<String> drift) {}

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<TestApp, OpenApiContract> CONTRACTS = Collections.synchronizedMap(new WeakHashMap<>());
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ApiClient() {}

    /**
     * Sends one request and fails on an answer that breaks the server's OpenAPI document: every API test checks the
     * document as a side effect.
     *
     * @param key the API key for the bearer header, or null for none
     * @param contentType the content type, or null for none
     * @param headers more headers as name, value pairs
     */
    static Reply call(
            TestApp app, String method, String path, String key, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        Reply r = send(app, method, path, key, contentType, body, headers);
        if (!r.drift().isEmpty()) {
            throw new AssertionError("the answer breaks the OpenAPI document:\n  " + String.join("\n  ", r.drift()));
        }
        return r;
    }

    /** Sends one request and reports, without failing, where the answer breaks the OpenAPI document. */
    static Reply send(
            TestApp app, String method, String path, String key, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path)));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), json(r.body()), r.body(), r, drift(app, method, path, r));
    }

    /** The server's OpenAPI document as a contract, read once per test server. */
    static OpenApiContract contract(TestApp app) {
        return CONTRACTS.computeIfAbsent(app, started -> {
            try {
                HttpResponse<String> r = HTTP.send(
                        HttpRequest.newBuilder(URI.create(app.url(OpenApiContract.DOCUMENT)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                return new OpenApiContract(JSON.readTree(r.body()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** What the document does not describe in an answer, each naming the operation, the pointer and the rule. */
    static List<String> drift(TestApp app, String method, String path, HttpResponse<String> r) {
        return contract(app)
                .violations(
                        method,
                        path,
                        r.statusCode(),
                        r.headers().firstValue("Content-Type").orElse(null),
                        r.body());
    }

    private static JsonNode json(String text) {
        String t = text.strip();
        if (!t.startsWith("{") && !t.startsWith("[")) {
            return null;
        }
        try {
            return JSON.readTree(t);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Signs in as the dashboard's log-in form does and returns the session cookie ("mp_session=…"). */
    static String signIn(TestApp app, String key) throws IOException, InterruptedException {
        HttpResponse<String> login = HTTP.send(
                HttpRequest.newBuilder(URI.create(app.url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }
}
