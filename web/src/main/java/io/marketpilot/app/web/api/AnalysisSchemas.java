package io.marketpilot.app.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON schemas of the analysis endpoints (listening, experiments, predictions, segments, recommendations). */
final class AnalysisSchemas {
    private AnalysisSchemas() {}

    static Map<String, Object> all() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(
                "SentimentRequest",
                Map.of("description", "{\"text\": \"…\"}, {\"texts\": [\"…\"]} or [{\"id\": \"…\", \"text\": \"…\"}]"));
        s.put(
                "SentimentResults",
                OpenApiSchemas.object(
                        List.of("model", "results"),
                        "model",
                        OpenApiSchemas.str("Model that scored the texts"),
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
                                        OpenApiSchemas.str("positive, neutral or negative"),
                                        "score",
                                        Map.of("type", "number"),
                                        "neg",
                                        Map.of("type", "number"),
                                        "neu",
                                        Map.of("type", "number"),
                                        "pos",
                                        Map.of("type", "number"),
                                        "compound",
                                        Map.of("type", "number"),
                                        "error",
                                        OpenApiSchemas.str(
                                                "Why this text has no score, e.g. an unsupported language")))));
        s.put(
                "AbTestCounts",
                OpenApiSchemas.object(
                        List.of("convA", "nA", "convB", "nB"),
                        "convA",
                        Map.of("type", "integer"),
                        "nA",
                        Map.of("type", "integer"),
                        "convB",
                        Map.of("type", "integer"),
                        "nB",
                        Map.of("type", "integer")));
        s.put(
                "AbTestResult",
                OpenApiSchemas.object(
                        List.of("z", "p_value"),
                        "z",
                        Map.of("type", "number"),
                        "p_value",
                        Map.of("type", "number"),
                        "diff",
                        Map.of("type", "number"),
                        "ci_low",
                        Map.of("type", "number"),
                        "ci_high",
                        Map.of("type", "number"),
                        "relative_lift",
                        Map.of("type", "number"),
                        "prob_b_beats_a",
                        Map.of("type", "number"),
                        "expected_loss_b",
                        Map.of("type", "number")));
        s.put(
                "SampleSizeQuestion",
                OpenApiSchemas.object(
                        List.of("baseline", "mde"),
                        "baseline",
                        Map.of("type", "number"),
                        "mde",
                        Map.of("type", "number"),
                        "relative",
                        Map.of("type", "boolean"),
                        "alpha",
                        Map.of("type", "number"),
                        "power",
                        Map.of("type", "number")));
        s.put(
                "SampleSizePlan",
                OpenApiSchemas.object(
                        List.of("per_arm", "total"),
                        "per_arm",
                        Map.of("type", "integer"),
                        "total",
                        Map.of("type", "integer")));
        s.put(
                "ClvModel",
                OpenApiSchemas.object(
                        List.of("r", "alpha", "a", "b", "p", "q", "gamma", "customers"),
                        "r",
                        Map.of("type", "number"),
                        "alpha",
                        Map.of("type", "number"),
                        "a",
                        Map.of("type", "number"),
                        "b",
                        Map.of("type", "number"),
                        "log_likelihood",
                        Map.of("type", "number"),
                        "p",
                        Map.of("type", "number"),
                        "q",
                        Map.of("type", "number"),
                        "gamma",
                        Map.of("type", "number"),
                        "customers",
                        Map.of("type", "integer")));
        Map<String, Object> outlook = OpenApiSchemas.object(
                List.of("customerId", "clv", "pAlive"),
                "customerId",
                OpenApiSchemas.str("Customer"),
                "revenue",
                Map.of("type", "number"),
                "orders",
                Map.of("type", "integer"),
                "pAlive",
                Map.of("type", "number"),
                "expectedPurchases",
                Map.of("type", "number"),
                "clv",
                Map.of("type", "number"));
        s.put("CustomerOutlook", outlook);
        s.put("CustomerOutlookList", Map.of("type", "array", "items", OpenApiSchemas.ref("CustomerOutlook")));
        s.put("CustomerOutlookPage", OpenApiSchemas.page("CustomerOutlook"));
        s.put(
                "SendTime",
                OpenApiSchemas.object(
                        List.of("customer_id", "weekday", "hour"),
                        "customer_id",
                        OpenApiSchemas.str("Customer"),
                        "weekday",
                        OpenApiSchemas.str("monday … sunday"),
                        "hour",
                        Map.of("type", "integer"),
                        "purchases",
                        Map.of("type", "integer")));
        return s;
    }
}
