package io.marketpilot.app.web.api;

import static io.marketpilot.app.web.api.JsonTypes.array;
import static io.marketpilot.app.web.api.JsonTypes.integer;
import static io.marketpilot.app.web.api.JsonTypes.number;
import static io.marketpilot.app.web.api.OpenApiSchemas.object;
import static io.marketpilot.app.web.api.OpenApiSchemas.ref;
import static io.marketpilot.app.web.api.OpenApiSchemas.str;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON schemas of the recommendation endpoints: recommendations, the served model and its trained versions. */
final class RecommendationSchemas {
    private RecommendationSchemas() {}

    static Map<String, Object> all() {
        Map<String, Object> s = new LinkedHashMap<>();
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
}
