package io.marketpilot.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.marketpilot.app.insight.EmotionAnalysis;
import io.marketpilot.app.insight.ReviewAnalysis;
import io.marketpilot.app.insight.SentimentAnalysis;
import io.marketpilot.app.insight.SentimentModel;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /analyze}: sentiment of texts sent in the request. */
public final class AnalyzeApi {
    static final int MAX_BATCH = 1_000;

    private final SentimentAnalysis sentiment;
    private final EmotionAnalysis emotion;

    public AnalyzeApi(SentimentAnalysis sentiment, EmotionAnalysis emotion) {
        this.sentiment = sentiment;
        this.emotion = emotion;
    }

    public void register(ApiRegistry api) {
        api.post(
                        "/analyze/sentiment",
                        Access.VIEWER,
                        "Listening",
                        "Sentiment of {\"text\"} or a batch {\"texts\": [..]} / [{\"id\", \"text\"}]; per-text errors, never a failed batch")
                .query("model", "string", "embedding (default; English and Chinese) or vader (English only)")
                .body("SentimentRequest")
                .returns("SentimentResults")
                .handle(this::sentiment);
        api.post(
                        "/analyze/emotion",
                        Access.VIEWER,
                        "Listening",
                        "Emotion of {\"text\"} or a batch (same shapes as sentiment); English and Chinese, per-text errors")
                .body("SentimentRequest")
                .returns("EmotionResults")
                .handle(this::emotion);
    }

    private record Batch(List<String> ids, List<String> texts, Map<Integer, String> invalid) {}

    private static Batch batch(Context ctx) {
        JsonNode body = Requests.tree(ctx);
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Map<Integer, String> invalid = new java.util.HashMap<>();
        for (JsonNode item : items(body)) {
            String id = item.isObject() && item.has("id") ? item.get("id").asText() : String.valueOf(ids.size());
            JsonNode text = item.isObject() ? item.get("text") : item;
            if (text == null || !text.isTextual()) {
                invalid.put(ids.size(), "text must be a string");
                texts.add("");
            } else {
                texts.add(text.asText());
            }
            ids.add(id);
        }
        return new Batch(ids, texts, invalid);
    }

    private static List<Map<String, Object>> withInvalid(Batch b, List<Map<String, Object>> rows) {
        List<Map<String, Object>> out = new ArrayList<>(rows);
        b.invalid().forEach((i, message) -> out.set(i, Map.of("id", b.ids().get(i), "error", message)));
        return out;
    }

    private void emotion(Context ctx) {
        Batch b = batch(ctx);
        ctx.json(Map.of(
                "model", emotion.model(),
                "labels", io.marketpilot.text.emotion.EmotionLabels.ALL,
                "results", withInvalid(b, emotion.rows(b.ids(), b.texts()))));
    }

    private void sentiment(Context ctx) {
        SentimentModel model = SentimentModel.parse(
                java.util.Optional.ofNullable(ctx.queryParam("model")).orElse("embedding"));
        Batch b = batch(ctx);
        List<Map<String, Object>> rows = withInvalid(b, sentiment.rows(b.ids(), b.texts(), model));
        ctx.json(Map.of(
                "model",
                model == SentimentModel.VADER ? "vader-3.3.2" : String.join(", ", ReviewAnalysis.MODELS),
                "results",
                rows));
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
