package io.marketpilot.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.app.TestApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests with the admin key that collect, instead of throwing, every way their answers break the OpenAPI document,
 * so that one run of the contract test lists all the drift at once.
 */
final class ContractCalls {
    private final TestApp app;
    private final List<String> drift = new ArrayList<>();

    ContractCalls(TestApp app) {
        this.app = app;
    }

    TestApp app() {
        return app;
    }

    ApiClient.Reply get(String path) {
        return send("GET", path, null, null);
    }

    ApiClient.Reply post(String path, String json) {
        return send("POST", path, json == null ? null : "application/json", json);
    }

    ApiClient.Reply put(String path, String json) {
        return send("PUT", path, "application/json", json);
    }

    ApiClient.Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** Sends one request; a request that cannot be sent at all fails the test at once. */
    ApiClient.Reply send(String method, String path, String contentType, String body, String... headers) {
        return sendAs(app.adminKey, method, path, contentType, body, headers);
    }

    /** The same with another key (a second person, for the four-eyes rule), or none ({@code null}) for public routes. */
    ApiClient.Reply sendAs(String key, String method, String path, String contentType, String body, String... headers) {
        try {
            ApiClient.Reply r = ApiClient.send(app, method, path, key, contentType, body, headers);
            drift.addAll(r.drift());
            dump(method, path, r);
            return r;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * With {@code -Dcontract.dump=FILE}, every answer is appended to FILE: what to read when writing the schema of an
     * operation that has none yet.
     */
    private static void dump(String method, String path, ApiClient.Reply r) throws IOException {
        String file = System.getProperty("contract.dump", "");
        if (!file.isEmpty()) {
            String raw = r.raw().length() > 4_000 ? r.raw().substring(0, 4_000) + "…" : r.raw();
            Files.writeString(
                    Path.of(file),
                    method + " " + path + " -> " + r.status() + "\n" + raw + "\n\n",
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    /** A field of a JSON answer that a later request needs (an id the server chose), failing clearly when absent. */
    static String field(ApiClient.Reply r, String pointer) {
        JsonNode value = r.body() == null ? null : r.body().at(pointer);
        if (value == null || value.isMissingNode() || value.isNull()) {
            throw new AssertionError("no " + pointer + " in the answer " + r.status() + ": " + r.raw());
        }
        return value.asText();
    }

    /** The drift found, each kind once: array indices in the pointers are written {@code *}. */
    List<String> drift() {
        return drift.stream()
                .map(d -> d.replaceAll("/\\d+(?=[/ ])", "/*"))
                .distinct()
                .toList();
    }
}
