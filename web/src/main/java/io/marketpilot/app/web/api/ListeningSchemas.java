package io.marketpilot.app.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON schemas of the listening endpoints beyond sentiment: emotion, topics, aspects, trends, keywords. */
final class ListeningSchemas {
    private ListeningSchemas() {}

    static Map<String, Object> all() {
        Map<String, Object> s = new LinkedHashMap<>();
        Map<String, Object> number = Map.of("type", "number");
        s.put(
                "EmotionResults",
                OpenApiSchemas.object(
                        List.of("model", "results"),
                        "model",
                        OpenApiSchemas.str("Model that classified the texts"),
                        "labels",
                        Map.of("type", "array", "items", Map.of("type", "string")),
                        "results",
                        Map.of(
                                "type",
                                "array",
                                "items",
                                OpenApiSchemas.object(
                                        List.of("id"),
                                        "id",
                                        OpenApiSchemas.str("The text's id, or its index"),
                                        "label",
                                        OpenApiSchemas.str("joy, love, surprise, sadness, anger, fear or shame"),
                                        "confidence",
                                        number,
                                        "scores",
                                        Map.of("type", "object", "additionalProperties", number),
                                        "error",
                                        OpenApiSchemas.str("Why this text has no emotion, e.g. Chinese or empty")))));
        s.put(
                "Topics",
                Map.of(
                        "type",
                        "object",
                        "description",
                        "Per language (en, zh): {k, method, silhouette, embeddingModel, topics: [{id, name, size, share,"
                                + " meanSentiment, keyPhrases, keywords, examples}]}",
                        "additionalProperties",
                        Map.of("type", "object")));
        s.put(
                "Aspects",
                Map.of(
                        "type",
                        "object",
                        "description",
                        "Per language: [{text, language, reviews, mentions, meanSentiment, positive, negative,"
                                + " mostPositive, mostNegative}]",
                        "additionalProperties",
                        Map.of("type", "array")));
        s.put(
                "Trends",
                OpenApiSchemas.object(
                        List.of("period", "by", "rule", "series", "flags"),
                        "period",
                        OpenApiSchemas.str("week or month"),
                        "by",
                        OpenApiSchemas.str("topic or aspect"),
                        "rule",
                        OpenApiSchemas.str("How flags are decided"),
                        "series",
                        Map.of("type", "array", "items", Map.of("type", "object")),
                        "flags",
                        Map.of("type", "array", "items", Map.of("type", "object"))));
        s.put(
                "Keywords",
                Map.of(
                        "type",
                        "object",
                        "description",
                        "Per language, per group (all or product id): {reviews, keywords: [{text, score, documents}],"
                                + " phrases: [...]}"));
        s.put(
                "EmotionCounts",
                Map.of("type", "array", "items", Map.of("type", "object", "description", "{label, model, reviews}")));
        return s;
    }
}
