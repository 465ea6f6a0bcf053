package io.marketpilot.app.web.api;

import static io.marketpilot.app.web.api.OpenApiSchemas.object;
import static io.marketpilot.app.web.api.OpenApiSchemas.ref;
import static io.marketpilot.app.web.api.OpenApiSchemas.str;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON schemas of the listening endpoints beyond sentiment: emotion, topics, aspects, trends, keywords. */
final class ListeningSchemas {
    private ListeningSchemas() {}

    private static Map<String, Object> array(Map<String, Object> items) {
        return Map.of("type", "array", "items", items);
    }

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
                                        OpenApiSchemas.str("joy, love, surprise, sadness, anger, fear or neutral"),
                                        "confidence",
                                        number,
                                        "scores",
                                        Map.of("type", "object", "additionalProperties", number),
                                        "model",
                                        OpenApiSchemas.str("The model that classified this text"),
                                        "language",
                                        OpenApiSchemas.str("The language the text was read as"),
                                        "error",
                                        OpenApiSchemas.str("Why this text has no emotion, e.g. Chinese or empty")))));
        Map<String, Object> integer = Map.of("type", "integer");
        Map<String, Object> nullableNumber = Map.of("type", List.of("number", "null"));
        Map<String, Object> strings = array(Map.of("type", "string"));
        Map<String, Object> keyword = object(
                List.of("text", "score", "documents"),
                "text",
                str("The term or phrase"),
                "score",
                number,
                "documents",
                Map.of("type", "integer", "description", "Reviews it appears in"));
        s.put("Keyword", keyword);
        s.put(
                "Topic",
                object(
                        List.of("id", "name", "language", "size", "share", "keyPhrases", "keywords", "examples"),
                        "id",
                        integer,
                        "name",
                        str("Named by its key phrases"),
                        "language",
                        str("en or zh"),
                        "size",
                        integer,
                        "share",
                        number,
                        "meanSentiment",
                        nullableNumber,
                        "keyPhrases",
                        array(ref("Keyword")),
                        "keywords",
                        array(ref("Keyword")),
                        "examples",
                        strings));
        s.put(
                "Topics",
                Map.of(
                        "type",
                        "object",
                        "description",
                        "Per language (en, zh) that has reviews",
                        "additionalProperties",
                        object(
                                List.of("k", "method", "embeddingModel", "topics"),
                                "k",
                                integer,
                                "method",
                                str("How the topics were found, with the k choice"),
                                "silhouette",
                                nullableNumber,
                                "embeddingModel",
                                str("The embedding the clustering ran on"),
                                "topics",
                                array(ref("Topic")))));
        s.put(
                "Aspect",
                object(
                        List.of("text", "language", "reviews", "mentions", "meanSentiment", "positive", "negative"),
                        "text",
                        str("The aspect, as written in the reviews"),
                        "language",
                        str("en or zh"),
                        "reviews",
                        integer,
                        "mentions",
                        integer,
                        "meanSentiment",
                        number,
                        "positive",
                        integer,
                        "negative",
                        integer,
                        "mostPositive",
                        Map.of("type", List.of("string", "null"), "description", "The most positive clause about it"),
                        "mostNegative",
                        Map.of("type", List.of("string", "null"), "description", "The most negative clause")));
        s.put(
                "Aspects",
                Map.of(
                        "type",
                        "object",
                        "description",
                        "Per language that has reviews, the aspects learned from them",
                        "additionalProperties",
                        array(ref("Aspect"))));
        Map<String, Object> flag = object(
                List.of("key", "period", "kind", "value", "baseline", "z"),
                "key",
                str("The topic (language: name) or aspect"),
                "period",
                str("First day of the week or month, yyyy-MM-dd"),
                "kind",
                str("What rose or dropped: volume or sentiment"),
                "value",
                number,
                "baseline",
                number,
                "z",
                number);
        s.put("TrendFlag", flag);
        s.put(
                "Trends",
                object(
                        List.of("period", "by", "rule", "series", "flags"),
                        "period",
                        str("week or month"),
                        "by",
                        str("topic or aspect"),
                        "rule",
                        str("How flags are decided"),
                        "series",
                        array(object(
                                List.of("key", "total", "points", "flags"),
                                "key",
                                str("The topic (language: name) or aspect"),
                                "total",
                                integer,
                                "points",
                                array(object(
                                        List.of("period", "volume"),
                                        "period",
                                        str("First day of the week or month, yyyy-MM-dd"),
                                        "volume",
                                        integer,
                                        "meanSentiment",
                                        nullableNumber)),
                                "flags",
                                array(ref("TrendFlag")))),
                        "flags",
                        array(ref("TrendFlag"))));
        s.put(
                "Keywords",
                Map.of(
                        "type",
                        "object",
                        "description",
                        "Per language that has reviews, per group (all, a product id or 'segment n')",
                        "additionalProperties",
                        Map.of(
                                "type",
                                "object",
                                "additionalProperties",
                                object(
                                        List.of("reviews", "keywords", "phrases"),
                                        "reviews",
                                        integer,
                                        "keywords",
                                        array(ref("Keyword")),
                                        "phrases",
                                        array(ref("Keyword"))))));
        s.put(
                "EmotionCounts",
                array(object(
                        List.of("label", "model", "reviews"),
                        "label",
                        str("joy, love, surprise, sadness, anger, fear or neutral"),
                        "model",
                        str("The model that classified the reviews"),
                        "reviews",
                        integer)));
        s.put(
                "SentimentTrend",
                object(
                        List.of("model", "models", "months", "coverage", "mostNegative"),
                        "model",
                        str("The models in one name"),
                        "models",
                        strings,
                        "months",
                        array(object(
                                List.of("month", "positive", "neutral", "negative", "meanScore"),
                                "month",
                                str("yyyy-MM"),
                                "positive",
                                integer,
                                "neutral",
                                integer,
                                "negative",
                                integer,
                                "meanScore",
                                number)),
                        "coverage",
                        array(object(
                                List.of("language", "reviews", "scored"),
                                "language",
                                str("en, zh, …"),
                                "reviews",
                                integer,
                                "scored",
                                Map.of("type", "integer", "description", "Reviews a model scored"))),
                        "mostNegative",
                        array(object(
                                List.of("reviewId", "text", "language", "createdAt", "score"),
                                "reviewId",
                                str("Review"),
                                "productId",
                                Map.of("type", List.of("string", "null")),
                                "text",
                                str("The review"),
                                "language",
                                str("en, zh, …"),
                                "createdAt",
                                OpenApiSchemas.localDateTime("When it was written"),
                                "score",
                                number))));
        return s;
    }
}
