package io.marketpilot.app.web.api;

import static io.marketpilot.app.web.api.OpenApiSchemas.object;
import static io.marketpilot.app.web.api.OpenApiSchemas.ref;
import static io.marketpilot.app.web.api.OpenApiSchemas.str;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON schemas of the model-backed endpoints: segmentation runs, customer profiles, forecasts, recommendations. */
final class ModelSchemas {
    private ModelSchemas() {}

    static Map<String, Object> all() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(
                "SegmentationRunRequest",
                object(
                        List.of(),
                        "k",
                        Map.of(
                                "type",
                                List.of("integer", "null"),
                                "description",
                                "Fixed k; absent for auto (silhouette)"),
                        "seed",
                        Map.of("type", List.of("integer", "null")),
                        "asOf",
                        Map.of("type", List.of("string", "null"), "format", "date")));
        s.put(
                "SegmentationRunRecord",
                object(
                        List.of("id", "createdAt", "asOf", "k", "seed", "silhouette", "inertia", "featuresVersion"),
                        "id",
                        integer(),
                        "createdAt",
                        OpenApiSchemas.localDateTime("When the run was made"),
                        "asOf",
                        str("The day the features were computed as of, yyyy-MM-dd"),
                        "k",
                        integer(),
                        "seed",
                        integer(),
                        "silhouette",
                        number(),
                        "inertia",
                        number(),
                        "featuresVersion",
                        str("The feature definition's version"),
                        "parameters",
                        Map.of(
                                "type",
                                "object",
                                "description",
                                "The request's parameters (k or auto, seed, as-of date, …)",
                                "additionalProperties",
                                true)));
        s.put(
                "SegmentationRun",
                object(
                        List.of("run", "segments", "kChoice", "k"),
                        "run",
                        ref("SegmentationRunRecord"),
                        "asOf",
                        str("yyyy-MM-dd"),
                        "featureVersion",
                        str("The feature definition's version"),
                        "features",
                        array(str("A feature the clustering used")),
                        "customers",
                        integer(),
                        "excludedCustomers",
                        Map.of("type", "integer", "description", "Customers without a sale before the as-of date"),
                        "transform",
                        str("How the features were scaled"),
                        "method",
                        str("The clustering and persona method, with the k choice"),
                        "kChoice",
                        ref("KChoice"),
                        "segments",
                        array(object(
                                List.of("segment", "name", "description", "size"),
                                "segment",
                                integer(),
                                "name",
                                str("Persona name, unique in the run"),
                                "description",
                                str("Size, revenue, traits, churn risk and what it buys more than most, in words"),
                                "size",
                                integer(),
                                "share",
                                number(),
                                "revenueShare",
                                number(),
                                "traits",
                                array(object(
                                        List.of("feature", "zScore", "text"),
                                        "feature",
                                        str("Feature"),
                                        "zScore",
                                        number(),
                                        "segmentMedian",
                                        number(),
                                        "populationMedian",
                                        number(),
                                        "ratio",
                                        number(),
                                        "text",
                                        str("The trait in words"))),
                                "topCategories",
                                array(str("A category the segment buys more than the shop (lift)")),
                                "topProducts",
                                array(str("A product, likewise, when the catalogue has no categories")),
                                "angles",
                                array(str("A messaging angle for the segment")),
                                "typicalSentiment",
                                Map.of("type", List.of("number", "null")),
                                "centroid",
                                Map.of(
                                        "type",
                                        "object",
                                        "description",
                                        "Feature to the segment's centre, in the feature's own units",
                                        "additionalProperties",
                                        number()))),
                        "elbow",
                        array(ref("KScore")),
                        "seed",
                        integer(),
                        "k",
                        integer(),
                        "silhouette",
                        Map.of("type", List.of("number", "null")),
                        "inertia",
                        number()));
        s.put(
                "KScore",
                object(
                        List.of("k", "inertia"),
                        "k",
                        integer(),
                        "silhouette",
                        Map.of("type", List.of("number", "null")),
                        "inertia",
                        number(),
                        "note",
                        str("chosen, highest silhouette, elbow, or empty (only in kChoice.perK)")));
        s.put(
                "KChoice",
                object(
                        List.of("verdict", "k", "explanation", "perK"),
                        "verdict",
                        Map.of(
                                "type",
                                "string",
                                "enum",
                                List.of("fixed", "chosen", "two_groups_only", "no_structure"),
                                "description",
                                "How k was arrived at; no_structure means one segment, as no k beat noise"),
                        "k",
                        integer(),
                        "explanation",
                        str("Why this k, in plain words, with the figures that decided it"),
                        "rule",
                        str("The rule and its parameters"),
                        "clearestK",
                        Map.of("type", List.of("integer", "null"), "description", "k with the highest silhouette"),
                        "elbowK",
                        Map.of("type", List.of("integer", "null"), "description", "Kneedle elbow of the inertia"),
                        "uniformNoiseSilhouette",
                        Map.of(
                                "type",
                                List.of("number", "null"),
                                "description",
                                "Silhouette k-means reaches on uniform noise over the data's ranges"),
                        "perK",
                        array(ref("KScore"))));
        s.put("SegmentationRunList", array(ref("SegmentationRunRecord")));
        s.put(
                "SegmentMember",
                object(
                        List.of("customerId", "segment"),
                        "customerId",
                        str("Customer id"),
                        "segment",
                        integer(),
                        "distance",
                        number(),
                        "x",
                        number(),
                        "y",
                        number()));
        s.put("SegmentMemberPage", OpenApiSchemas.page("SegmentMember"));
        s.put(
                "SegmentHistory",
                array(object(
                        List.of("runId", "segment"),
                        "runId",
                        integer(),
                        "createdAt",
                        str("When the run was made"),
                        "segment",
                        integer(),
                        "persona",
                        Map.of(
                                "type",
                                List.of("string", "null"),
                                "description",
                                "The segment's persona name (in /customers/{id}/segments)"),
                        "distance",
                        number())));
        s.put(
                "CustomerProfile",
                object(
                        List.of("customerId", "features", "segments"),
                        "customerId",
                        str("Customer id"),
                        "asOf",
                        str("The day the features were computed as of, yyyy-MM-dd"),
                        "definition",
                        str("The feature definition's version"),
                        "country",
                        Map.of("type", List.of("string", "null")),
                        "features",
                        Map.of(
                                "type",
                                "object",
                                "description",
                                "Feature name to value: RFM, behaviour, share:<category>, events_90d:<type>,"
                                        + " churn_risk, clv_12m; null where the customer has no value",
                                "additionalProperties",
                                Map.of("type", List.of("number", "null"))),
                        "descriptions",
                        Map.of(
                                "type",
                                "object",
                                "description",
                                "Feature name to what it means",
                                "additionalProperties",
                                Map.of("type", "string")),
                        "channel",
                        object(
                                List.of("customerId", "channel", "share", "events"),
                                "customerId",
                                str("Customer id"),
                                "channel",
                                str("The channel the customer engages with most (shrunk towards the shop's mix)"),
                                "share",
                                number(),
                                "events",
                                integer()),
                        "segments",
                        ref("SegmentHistory"),
                        "outlook",
                        ref("CustomerOutlook"),
                        "sendTime",
                        ref("SendTime")));
        s.put(
                "ForecastResult",
                object(
                        List.of("by", "horizon", "series"),
                        "by",
                        str("total, category or segment"),
                        "horizon",
                        integer(),
                        "series",
                        array(object(
                                List.of("key", "model", "history", "forecast"),
                                "key",
                                str("total, the category or the segment"),
                                "model",
                                object(
                                        List.of("method", "form", "parameters", "residualSd", "intervals", "selection"),
                                        "method",
                                        str("The forecasting method"),
                                        "form",
                                        str("The fitted model's form"),
                                        "parameters",
                                        Map.of("type", "object", "additionalProperties", number()),
                                        "residualSd",
                                        number(),
                                        "intervals",
                                        str("How the intervals were computed"),
                                        "selection",
                                        str("Why this model")),
                                "history",
                                array(object(
                                        List.of("week", "actual"),
                                        "week",
                                        str("Monday, yyyy-MM-dd"),
                                        "actual",
                                        number())),
                                "forecast",
                                array(object(
                                        List.of("weekStart", "mean", "lo80", "hi80", "lo95", "hi95"),
                                        "weekStart",
                                        str("Monday, yyyy-MM-dd"),
                                        "mean",
                                        number(),
                                        "lo80",
                                        number(),
                                        "hi80",
                                        number(),
                                        "lo95",
                                        number(),
                                        "hi95",
                                        number())),
                                "backtest",
                                object(
                                        List.of("seriesKey", "weeks", "horizon", "origins", "scale", "methods"),
                                        "seriesKey",
                                        str("The series"),
                                        "weeks",
                                        integer(),
                                        "horizon",
                                        integer(),
                                        "origins",
                                        integer(),
                                        "firstOrigin",
                                        Map.of("type", List.of("string", "null")),
                                        "lastOrigin",
                                        Map.of("type", List.of("string", "null")),
                                        "scale",
                                        str("What the errors are scaled by"),
                                        "methods",
                                        array(object(
                                                List.of("method", "mase", "mae", "coverage80", "coverage95"),
                                                "method",
                                                str("Method"),
                                                "mase",
                                                number(),
                                                "mae",
                                                number(),
                                                "coverage80",
                                                number(),
                                                "coverage95",
                                                number(),
                                                "origins",
                                                integer(),
                                                "forecasts",
                                                integer(),
                                                "note",
                                                str("Note"))))))));
        s.put(
                "Recommendation",
                object(
                        List.of("productId", "score", "reason"),
                        "productId",
                        str("Product id"),
                        "name",
                        OpenApiSchemas.nullable("string"),
                        "score",
                        number(),
                        "reason",
                        str("Why, in words: bought together with…, similar to…, popular with all customers")));
        s.put("RecommendationList", array(ref("Recommendation")));
        s.put(
                "AlgorithmResult",
                object(
                        List.of("algorithm", "ndcg"),
                        "algorithm",
                        str("popularity, item-knn, als, content or hybrid"),
                        "parameters",
                        str("Hyper-parameters"),
                        "precision",
                        number(),
                        "recall",
                        number(),
                        "ndcg",
                        number(),
                        "map",
                        number(),
                        "coverage",
                        number(),
                        "train_seconds",
                        number()));
        s.put(
                "RecommendationModel",
                object(
                        List.of("version", "served", "evaluation"),
                        "version",
                        integer(),
                        "trainedAt",
                        str("When it was trained"),
                        "customers",
                        integer(),
                        "products",
                        integer(),
                        "interactions",
                        integer(),
                        "served",
                        str("The algorithm answering requests (best hold-out NDCG@10)"),
                        "servedDescription",
                        str("The served set-up in words"),
                        "evaluation",
                        array(ref("AlgorithmResult"))));
        s.put(
                "RecommendationVersion",
                object(
                        List.of("version", "served", "evaluation"),
                        "version",
                        integer(),
                        "trainedAt",
                        str("When it was trained"),
                        "served",
                        str("The algorithm that was served"),
                        "parameters",
                        str("Its hyper-parameters"),
                        "customers",
                        integer(),
                        "products",
                        integer(),
                        "interactions",
                        integer(),
                        "evaluation",
                        array(ref("AlgorithmResult"))));
        s.put("RecommendationVersionList", array(ref("RecommendationVersion")));
        return s;
    }

    private static Map<String, Object> integer() {
        return Map.of("type", "integer");
    }

    private static Map<String, Object> number() {
        return Map.of("type", "number");
    }

    private static Map<String, Object> array(Map<String, Object> items) {
        return Map.of("type", "array", "items", items);
    }
}
