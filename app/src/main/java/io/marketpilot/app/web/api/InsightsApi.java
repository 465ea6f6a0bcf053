package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.insight.ReviewAnalysis;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.store.insight.ReviewSentiments;
import java.util.Map;
import java.util.Optional;

/** {@code /insights}: what stored reviews say, from the persisted sentiment results. */
public final class InsightsApi {
    private final ReviewSentiments sentiments;

    public InsightsApi(ReviewSentiments sentiments) {
        this.sentiments = sentiments;
    }

    public void register(ApiRegistry api) {
        api.get(
                        "/insights/sentiment",
                        Access.VIEWER,
                        "Listening",
                        "Review sentiment per month, by label, with the model that scored it")
                .query("productId", "string", "Only this product's reviews")
                .query("language", "string", "Only reviews in this language, e.g. en")
                .returns("SentimentTrend")
                .handle(this::sentiment);
    }

    private void sentiment(Context ctx) {
        var filter = filter(ctx);
        ctx.json(Map.of(
                "model", ReviewAnalysis.MODEL,
                "months", sentiments.byMonth(ReviewAnalysis.MODEL, filter),
                "coverage", sentiments.coverage(ReviewAnalysis.MODEL),
                "mostNegative", sentiments.mostNegative(ReviewAnalysis.MODEL, filter, 10)));
    }

    static ReviewSentiments.Filter filter(Context ctx) {
        return new ReviewSentiments.Filter(
                Optional.ofNullable(ctx.queryParam("productId")).filter(s -> !s.isBlank()),
                Optional.ofNullable(ctx.queryParam("language")).filter(s -> !s.isBlank()));
    }
}
