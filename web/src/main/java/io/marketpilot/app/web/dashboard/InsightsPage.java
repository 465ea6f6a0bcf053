package io.marketpilot.app.web.dashboard;

import io.javalin.http.Context;
import io.marketpilot.app.insight.ReviewAnalysis;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.api.InsightsApi;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Routes;
import io.marketpilot.core.store.ReviewFilter;
import io.marketpilot.core.store.ReviewSentiments;
import io.marketpilot.text.trends.Granularity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The "Insights" page: review sentiment over time, emotions, topics with examples, aspect sentiment and rising
 * topics, filtered by product, language, segment and dates.
 */
final class InsightsPage {
    /** Topics per language on the page: a fixed, readable number (the API chooses k by silhouette unless told). */
    static final int TOPICS = 6;

    private final Services app;
    private final Dashboard dashboard;

    InsightsPage(Services app, Dashboard dashboard) {
        this.app = app;
        this.dashboard = dashboard;
    }

    void register(Routes routes) {
        routes.page("/insights", Access.VIEWER, ctx -> dashboard.page(ctx, "Insights", frame -> view(ctx, frame)));
    }

    @SuppressWarnings("unchecked") // the listening results are JSON-ready maps: topics and flags are lists of objects
    private Dashboard.View view(Context ctx, Frame frame) {
        ReviewFilter reviews = InsightsApi.reviewFilter(ctx);
        var filter = new ReviewSentiments.Filter(reviews.productId(), reviews.language());
        var sentiments = app.reviewSentiments;
        Optional<Integer> k = Optional.of(TOPICS);
        List<Map<String, Object>> topics = new ArrayList<>();
        app.listening
                .topics(reviews, k)
                .forEach((language, value) ->
                        topics.addAll((List<Map<String, Object>>) ((Map<String, Object>) value).get("topics")));
        Map<String, Object> trends = app.listening.trends(reviews, Granularity.MONTH, "topic", k);
        List<Map<String, Object>> rising = ((List<Map<String, Object>>)
                        Objects.requireNonNull(trends.get("flags"), "trends without flags"))
                .stream().limit(10).toList();
        List<Object> aspects = new ArrayList<>();
        app.listening.aspects(reviews).values().forEach(list -> aspects.addAll((List<Object>) list));
        return new Dashboard.View(
                "insights.jte",
                new Pages.Insights(
                        frame,
                        ReviewAnalysis.MODEL,
                        Format.scriptJson(sentiments.byMonth(ReviewAnalysis.MODELS, filter)),
                        sentiments.coverage(ReviewAnalysis.MODELS),
                        sentiments.mostNegative(ReviewAnalysis.MODELS, filter, 10),
                        reviews.productId().orElse(""),
                        reviews.language().orElse(""),
                        app.products.all(),
                        reviews.segment().map(String::valueOf).orElse(""),
                        reviews.from().map(Object::toString).orElse(""),
                        reviews.to().map(Object::toString).orElse(""),
                        Format.scriptJson(app.listening.emotions(reviews)),
                        Format.scriptJson(aspects),
                        topics,
                        rising,
                        (String) Objects.requireNonNull(trends.get("rule"), "trends without their rule"),
                        TOPICS,
                        // the shop's own classifiers over the same reviews, from their stored embeddings
                        app.classifiers.classifiers().stream()
                                .map(v -> app.classifiers.reviewClasses(v.name(), reviews))
                                .toList()));
    }
}
