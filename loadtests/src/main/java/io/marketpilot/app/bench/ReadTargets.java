package io.marketpilot.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the read benchmark requests: every GET operation of the OpenAPI document and every dashboard page, with path
 * parameters filled from the store's own listings (the first customer, order, product… the API lists).
 */
final class ReadTargets {
    /** Reads a JSON answer of the API, e.g. {@code /customers?limit=1}. */
    interface Fetch {
        Optional<JsonNode> get(String apiPath);
    }

    /** Query values for the operations that need some to answer at all. */
    private static final Map<String, String> QUERIES = Map.of(
            "/support/kb/search", "?q=delivery",
            "/stats/sample-size", "?baseline=0.05&mde=0.01",
            "/predictions/forecast", "?by=category&horizon=12");

    private final Fetch fetch;
    private final Map<String, String> ids = new LinkedHashMap<>();

    ReadTargets(Fetch fetch) {
        this.fetch = fetch;
    }

    /** The document's GET paths (without /api/v1) with ids filled in; the document itself is left out. */
    List<String> api(JsonNode openApi) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : openApi.path("paths").properties()) {
            String path = e.getKey();
            // exports are bulk downloads, as long as the table by nature (streamed; see ReadPathIT)
            if (e.getValue().has("get") && !path.endsWith("openapi.json") && !path.startsWith("/exports")) {
                out.add(fill(path) + QUERIES.getOrDefault(path, ""));
            }
        }
        return out;
    }

    List<String> dashboard() {
        List<String> pages = new ArrayList<>(List.of(
                "/",
                "/customers",
                "/products",
                "/segments",
                "/predictions",
                "/predictions/at-risk.csv",
                "/recommendations",
                "/insights",
                "/experiments",
                "/content",
                "/support",
                "/data",
                "/llm"));
        pages.add(fill("/customers/{id}"));
        pages.add(fill("/products/{id}"));
        pages.add(fill("/experiments/{id}"));
        pages.add("/recommendations?customer=" + id("customers") + "&product=" + id("products"));
        pages.add("/segments/" + id("segments/runs") + "/0.csv");
        return pages;
    }

    /** Replaces each {param} by an id of the collection before it ({@code /orders/{id}} → an order's id). */
    private String fill(String path) {
        String[] parts = path.split("/");
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            out.append('/');
            if (part.startsWith("{")) {
                out.append(id(collectionBefore(parts, i)));
            } else {
                out.append(part);
            }
        }
        return out.toString();
    }

    private static String collectionBefore(String[] parts, int i) {
        String previous = parts[i - 1];
        return switch (previous) {
            case "runs" -> "segments/runs";
            case "conversations" -> "support/conversations";
            case "campaigns" -> "experiments";
            case "send-time" -> "customers";
            default -> previous;
        };
    }

    private String id(String collection) {
        return ids.computeIfAbsent(
                collection,
                c -> fetch.get("/" + c + "?limit=1").map(ReadTargets::firstId).orElse("none"));
    }

    private static String firstId(JsonNode listing) {
        JsonNode items = listing.isArray() ? listing : listing.path("items");
        JsonNode first = items.path(0);
        return first.path("id").isMissingNode() ? "none" : first.path("id").asText();
    }
}
