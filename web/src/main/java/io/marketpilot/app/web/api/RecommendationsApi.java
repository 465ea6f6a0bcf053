package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.store.RecommenderVersions;
import io.marketpilot.recommend.Recommendation;
import io.marketpilot.recommend.eval.AlgorithmResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /recommendations}: next-best products per customer and similar products, with reasons. */
public final class RecommendationsApi {
    private final Services app;

    public RecommendationsApi(Services app) {
        this.app = app;
    }

    public void register(ApiRegistry api) {
        String tag = "Recommendations";
        api.get(
                        "/recommendations/customers/{id}",
                        Access.VIEWER,
                        tag,
                        "Products for a customer with reasons; unknown customers get popular products, and are told so")
                .query("k", "integer", "How many, 1–50 (default 10)")
                .returns("RecommendationList")
                .readsBuiltModel()
                .handle(this::forCustomer);
        api.get("/recommendations/products/{id}/similar", Access.VIEWER, tag, "Products bought together with this one")
                .query("k", "integer", "How many, 1–50 (default 10)")
                .returns("RecommendationList")
                .readsBuiltModel()
                .handle(this::similar);
        api.get("/recommendations/model", Access.VIEWER, tag, "The current model's version and hold-out evaluation")
                .returns("RecommendationModel")
                .readsBuiltModel()
                .handle(this::model);
        api.get("/recommendations/models", Access.VIEWER, tag, "Stored trainings, newest first, with their evaluation")
                .query("limit", "integer", "How many, 1–100 (default 20)")
                .returns("RecommendationVersionList")
                .handle(this::versions);
        api.post("/recommendations/train", Access.MARKETER, tag, "Retrain on the store's sales now")
                .returns("RecommendationModel")
                .handle(this::train);
    }

    private void forCustomer(Context ctx) {
        ctx.json(items(app.recommendations.forCustomer(ctx.pathParam("id"), k(ctx))));
    }

    private void similar(Context ctx) {
        String id = ctx.pathParam("id");
        if (app.products.find(id).isEmpty()) {
            throw MarketPilotException.notFound("Product", id);
        }
        ctx.json(items(app.recommendations.similarProducts(id, k(ctx))));
    }

    private void model(Context ctx) {
        ctx.json(describe(app.recommendations.model()));
    }

    private void versions(Context ctx) {
        int limit = Requests.intParam(ctx, "limit", 20);
        if (limit < 1 || limit > 100) {
            throw MarketPilotException.invalid("limit must be between 1 and 100");
        }
        ctx.json(app.recommendations.history(limit).stream()
                .map(v -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("version", v.version());
                    m.put("trainedAt", v.trainedAt());
                    m.put("served", v.served());
                    m.put("parameters", v.parameters());
                    m.put("customers", v.customers());
                    m.put("products", v.products());
                    m.put("interactions", v.interactions());
                    m.put("evaluation", evaluation(v.evaluation()));
                    return m;
                })
                .toList());
    }

    /** A stored training's scores in the same shape as the current model's ({@code AlgorithmResult}). */
    private static List<AlgorithmResult> evaluation(List<RecommenderVersions.CandidateScore> scores) {
        return scores.stream()
                .map(s -> new AlgorithmResult(
                        s.algorithm(),
                        s.parameters(),
                        s.precision(),
                        s.recall(),
                        s.ndcg(),
                        s.map(),
                        s.coverage(),
                        s.trainSeconds()))
                .toList();
    }

    private void train(Context ctx) {
        ctx.json(describe(app.recommendations.retrain()));
    }

    private static Map<String, Object> describe(io.marketpilot.app.insight.StoreRecommendations.Model m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", m.version());
        out.put("trainedAt", m.trainedAt());
        out.put("customers", m.customers());
        out.put("products", m.products());
        out.put("interactions", m.interactions());
        out.put("served", m.servedModel().name());
        out.put("servedDescription", m.servedDescription());
        out.put("evaluation", m.evaluation());
        return out;
    }

    private List<Map<String, Object>> items(List<Recommendation> recs) {
        return recs.stream()
                .map(r -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("productId", r.itemId());
                    m.put(
                            "name",
                            app.products.find(r.itemId()).map(p -> p.name()).orElse(null));
                    m.put("score", r.score());
                    m.put("reason", r.reason());
                    return m;
                })
                .toList();
    }

    private static int k(Context ctx) {
        int k = Requests.intParam(ctx, "k", 10);
        if (k < 1 || k > 50) {
            throw MarketPilotException.invalid("k must be between 1 and 50");
        }
        return k;
    }
}
