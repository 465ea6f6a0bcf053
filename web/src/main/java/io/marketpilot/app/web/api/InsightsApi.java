package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.insight.ListeningInsights;
import io.marketpilot.app.insight.ReviewAnalysis;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.store.ReviewFilter;
import io.marketpilot.core.store.ReviewSentiments;
import io.marketpilot.text.trends.Granularity;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** {@code /insights}: what stored reviews say, from the persisted listening results. */
public final class InsightsApi {
    private final ReviewSentiments sentiments;
    private final ListeningInsights listening;

    public InsightsApi(ReviewSentiments sentiments, ListeningInsights listening) {
        this.sentiments = sentiments;
        this.listening = listening;
    }

    public void register(ApiRegistry api) {
        filtered(api.get(
                        "/insights/sentiment",
                        Access.VIEWER,
                        "Listening",
                        "Review sentiment per month, by label, with the model that scored it"))
                .returns("SentimentTrend")
                .handle(this::sentiment);
        filtered(api.get(
                        "/insights/emotions",
                        Access.VIEWER,
                        "Listening",
                        "Stored reviews per emotion (English and Chinese reviews), with the model"))
                .returns("EmotionCounts")
                .handle(ctx -> ctx.json(listening.emotions(reviewFilter(ctx))));
        filtered(api.get(
                        "/insights/topics",
                        Access.VIEWER,
                        "Listening",
                        "Topics of stored reviews per language: k-means over their embeddings, named by key phrases"))
                .query("k", "integer", "Topics per language (default: chosen by silhouette, 2–8)")
                .returns("Topics")
                .handle(ctx -> ctx.json(listening.topics(reviewFilter(ctx), intParam(ctx, "k"))));
        filtered(api.get(
                        "/insights/aspects",
                        Access.VIEWER,
                        "Listening",
                        "Aspects learned from stored reviews with the clause-level sentiment towards each"))
                .returns("Aspects")
                .handle(ctx -> ctx.json(listening.aspects(reviewFilter(ctx))));
        filtered(api.get(
                        "/insights/trends",
                        Access.VIEWER,
                        "Listening",
                        "Volume and sentiment per topic or aspect per week or month, with rising and drop flags"))
                .query("by", "string", "topic (default) or aspect")
                .query("period", "string", "month (default) or week")
                .query("k", "integer", "With by=topic: topics per language (default: chosen by silhouette)")
                .returns("Trends")
                .handle(this::trends);
        filtered(api.get(
                        "/insights/keywords",
                        Access.VIEWER,
                        "Listening",
                        "TF-IDF keywords and RAKE key phrases of stored reviews, for all, per product or per segment"))
                .query("by", "string", "all (default), product or segment (of the latest segmentation run)")
                .query("limit", "integer", "Per group, 1–50 (default 15)")
                .returns("Keywords")
                .handle(this::keywords);
    }

    /** The review filter's query parameters, as every listening read takes them. */
    static RouteSpec filtered(RouteSpec spec) {
        return spec.query("productId", "string", "Only this product's reviews")
                .query("language", "string", "Only reviews in this language, e.g. en")
                .query("segment", "integer", "Only reviews by customers in this segment of the latest run")
                .query("from", "string", "First day, yyyy-MM-dd")
                .query("to", "string", "Last day, yyyy-MM-dd");
    }

    private void sentiment(Context ctx) {
        var filter = filter(ctx);
        ctx.json(Map.of(
                "model", ReviewAnalysis.MODEL,
                "models", ReviewAnalysis.MODELS,
                "months", sentiments.byMonth(ReviewAnalysis.MODELS, filter),
                "coverage", sentiments.coverage(ReviewAnalysis.MODELS),
                "mostNegative", sentiments.mostNegative(ReviewAnalysis.MODELS, filter, 10)));
    }

    private void trends(Context ctx) {
        String by = Optional.ofNullable(ctx.queryParam("by")).orElse("topic");
        if (!by.equals("topic") && !by.equals("aspect")) {
            throw MarketPilotException.invalid("by must be topic or aspect, not '" + by + "'");
        }
        Granularity period =
                Granularity.parse(Optional.ofNullable(ctx.queryParam("period")).orElse("month"));
        ctx.json(listening.trends(reviewFilter(ctx), period, by, intParam(ctx, "k")));
    }

    private void keywords(Context ctx) {
        String by = Optional.ofNullable(ctx.queryParam("by")).orElse("all");
        if (!by.equals("all") && !by.equals("product") && !by.equals("segment")) {
            throw MarketPilotException.invalid("by must be all, product or segment, not '" + by + "'");
        }
        int limit = intParam(ctx, "limit").orElse(15);
        if (limit < 1 || limit > 50) {
            throw MarketPilotException.invalid("limit must be between 1 and 50");
        }
        ctx.json(listening.keywords(reviewFilter(ctx), by, limit));
    }

    static ReviewSentiments.Filter filter(Context ctx) {
        return new ReviewSentiments.Filter(
                Optional.ofNullable(ctx.queryParam("productId")).filter(s -> !s.isBlank()),
                Optional.ofNullable(ctx.queryParam("language")).filter(s -> !s.isBlank()));
    }

    /** The filter from the query string; shared with the dashboard's Insights page. */
    public static ReviewFilter reviewFilter(Context ctx) {
        return new ReviewFilter(
                Optional.ofNullable(ctx.queryParam("productId")).filter(s -> !s.isBlank()),
                Optional.ofNullable(ctx.queryParam("language")).filter(s -> !s.isBlank()),
                intParam(ctx, "segment"),
                date(ctx, "from"),
                date(ctx, "to"));
    }

    private static Optional<Integer> intParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid(name + " must be a whole number, not '" + v + "'");
        }
    }

    private static Optional<LocalDate> date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v.strip()));
        } catch (DateTimeParseException e) {
            throw MarketPilotException.invalid(name + " must be a date yyyy-MM-dd, not '" + v + "'");
        }
    }
}
