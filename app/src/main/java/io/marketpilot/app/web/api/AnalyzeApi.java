package io.marketpilot.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.marketpilot.app.insight.SentimentAnalysis;
import io.marketpilot.app.web.Json;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /analyze}: sentiment of texts sent in the request. */
public final class AnalyzeApi {
    static final int MAX_BATCH = 1_000;

    private final SentimentAnalysis sentiment;

    public AnalyzeApi(SentimentAnalysis sentiment) {
        this.sentiment = sentiment;
    }

    public void register(ApiRegistry api) {
        api.post(
                        "/analyze/sentiment",
                        Access.VIEWER,
                        "Listening",
                        "Sentiment of {\"text\"} or a batch {\"texts\": [..]} / [{\"id\", \"text\"}]; per-text errors, never a failed batch")
                .body("SentimentRequest")
                .returns("SentimentResults")
                .handle(this::sentiment);
    }

    private void sentiment(Context ctx) throws IOException {
        JsonNode body = Json.mapper().readTree(ctx.bodyInputStream());
        List<Map<String, Object>> results = new ArrayList<>();
        for (JsonNode item : items(body)) {
            String id = item.isObject() && item.has("id") ? item.get("id").asText() : String.valueOf(results.size());
            JsonNode text = item.isObject() ? item.get("text") : item;
            if (text == null || !text.isTextual()) {
                results.add(Map.of("id", id, "error", "text must be a string"));
            } else {
                results.add(sentiment.row(id, text.asText()));
            }
        }
        ctx.json(Map.of("model", "vader-3.3.2", "results", results));
    }

    private static List<JsonNode> items(JsonNode body) {
        List<JsonNode> items = new ArrayList<>();
        if (body != null && body.isArray()) {
            body.forEach(items::add);
        } else if (body != null && body.has("texts") && body.get("texts").isArray()) {
            body.get("texts").forEach(items::add);
        } else if (body != null && body.has("text")) {
            items.add(body);
        } else {
            throw MarketPilotException.invalid(
                    "Send {\"text\": \"…\"}, {\"texts\": [\"…\"]} or [{\"id\": \"…\", \"text\": \"…\"}]");
        }
        if (items.size() > MAX_BATCH) {
            throw MarketPilotException.invalid("At most " + MAX_BATCH + " texts per request, got " + items.size());
        }
        return items;
    }
}
