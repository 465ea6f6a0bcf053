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
                "SegmentationRun",
                object(
                        List.of("run"),
                        "run",
                        object(List.of("id", "k"), "id", integer(), "k", integer(), "silhouette", number()),
                        "kChoice",
                        ref("KChoice"),
                        "segments",
                        array(object(
                                List.of(),
                                "segment",
                                integer(),
                                "name",
                                str("Persona name, unique in the run"),
                                "description",
                                str("Size, revenue, traits, churn risk and what it buys more than most, in words"),
                                "size",
                                integer(),
                                "topCategories",
                                array(str("A category the segment buys more than the shop (lift)")),
                                "topProducts",
                                array(str("A product, likewise, when the catalogue has no categories"))))));
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
                        array(object(
                                List.of("k", "inertia"),
                                "k",
                                integer(),
                                "silhouette",
                                Map.of("type", List.of("number", "null")),
                                "inertia",
                                number(),
                                "note",
                                str("chosen, highest silhouette, elbow, or empty")))));
        s.put("SegmentationRunList", array(ref("SegmentationRun")));
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
                        str("The segment's persona name"),
                        "distance",
                        number())));
        s.put(
                "CustomerProfile",
                object(
                        List.of("customerId"),
                        "customerId",
                        str("Customer id"),
                        "features",
                        Map.of("type", "object", "description", "Feature name to value (RFM, behaviour, churn_risk…)"),
                        "channel",
                        Map.of("type", "object", "description", "Preferred channel with its shrunk shares"),
                        "segments",
                        ref("SegmentHistory"),
                        "outlook",
                        Map.of("type", "object", "description", "CLV and churn outlook"),
                        "sendTime",
                        Map.of("type", "object", "description", "Best weekday and hour")));
        s.put(
                "ForecastResult",
                object(
                        List.of("series"),
                        "series",
                        array(Map.of(
                                "type",
                                "object",
                                "description",
                                "One series (total, a category or a segment): history, forecast with 80/95 % intervals,"
                                        + " method and backtest errors"))));
        s.put(
                "SentimentTrend",
                Map.of(
                        "type",
                        "object",
                        "description",
                        "Per month and label the number of reviews and the mean score, with the model that scored them"));
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
