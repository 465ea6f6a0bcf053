package io.marketpilot.app.web.api;

import static io.marketpilot.app.web.api.OpenApiSchemas.object;
import static io.marketpilot.app.web.api.OpenApiSchemas.str;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON schemas of the {@code /llm} endpoints. */
final class LlmSchemas {
    private LlmSchemas() {}

    private static Map<String, Object> type(String t) {
        return Map.of("type", t);
    }

    static Map<String, Object> all() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(
                "LlmStatus",
                object(
                        List.of("provider", "model", "offline", "circuit", "redaction"),
                        "provider",
                        str("openai (any OpenAI-compatible server), ollama or offline"),
                        "model",
                        str("Model name"),
                        "baseUrl",
                        str("Endpoint the client calls"),
                        "offline",
                        type("boolean"),
                        "circuit",
                        str("closed, open, half_open, or none without a provider"),
                        "retryAt",
                        str("When an open circuit lets the next trial call through"),
                        "consecutiveFailures",
                        type("integer"),
                        "redaction",
                        Map.of("type", "boolean", "description", "Whether PII is replaced before text is sent"),
                        "knownNames",
                        Map.of("type", "integer", "description", "Customer names the redactor looks for"),
                        "maxConcurrency",
                        type("integer"),
                        "inFlight",
                        type("integer"),
                        "maxRetries",
                        type("integer"),
                        "cacheSize",
                        type("integer"),
                        "cacheCapacity",
                        type("integer"),
                        "cacheHits",
                        type("integer")));
        Map<String, Object> totals = object(
                List.of("provider", "model", "feature", "calls"),
                "provider",
                str("Provider"),
                "model",
                str("Model"),
                "feature",
                str("Feature that asked, e.g. content.email"),
                "calls",
                type("integer"),
                "cacheHits",
                type("integer"),
                "failures",
                type("integer"),
                "inputTokens",
                type("integer"),
                "outputTokens",
                type("integer"),
                "averageLatencyMillis",
                type("number"),
                "cost",
                Map.of("type", "number", "description", "Cost of the priced calls (price table, per million tokens)"),
                "pricedCalls",
                type("integer"));
        s.put(
                "LlmUsage",
                object(
                        List.of("days", "since", "rows", "total"),
                        "days",
                        type("integer"),
                        "since",
                        OpenApiSchemas.localDateTime("The period's start"),
                        "rows",
                        Map.of("type", "array", "items", totals),
                        "total",
                        object(
                                List.of("calls"),
                                "calls",
                                type("integer"),
                                "cacheHits",
                                type("integer"),
                                "failures",
                                type("integer"),
                                "inputTokens",
                                type("integer"),
                                "outputTokens",
                                type("integer"),
                                "cost",
                                type("number"),
                                "pricedCalls",
                                type("integer"))));
        s.put(
                "LlmPing",
                object(
                        List.of("provider", "model", "answer"),
                        "provider",
                        str("Provider"),
                        "model",
                        str("Model"),
                        "answer",
                        str("The model's answer"),
                        "latencyMillis",
                        type("integer"),
                        "inputTokens",
                        type("integer"),
                        "outputTokens",
                        type("integer")));
        return s;
    }
}
