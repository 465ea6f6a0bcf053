package io.marketpilot.app.web.dashboard;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.marketpilot.app.Application;
import io.marketpilot.app.insight.ReviewAnalysis;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.store.insight.ReviewSentiments;
import java.util.Optional;

/** The "Insights" page: review sentiment over time, coverage by language and the most negative reviews. */
final class InsightsPage {
    private final Application app;
    private final Dashboard dashboard;

    InsightsPage(Application app, Dashboard dashboard) {
        this.app = app;
        this.dashboard = dashboard;
    }

    void register(Javalin javalin) {
        javalin.get("/insights", ctx -> dashboard.page(ctx, "Insights", frame -> view(ctx, frame)), Access.PUBLIC);
    }

    private Dashboard.View view(Context ctx, Frame frame) {
        String product = Optional.ofNullable(ctx.queryParam("productId")).orElse("");
        String language = Optional.ofNullable(ctx.queryParam("language")).orElse("");
        var filter = new ReviewSentiments.Filter(
                Optional.of(product).filter(s -> !s.isBlank()),
                Optional.of(language).filter(s -> !s.isBlank()));
        var sentiments = app.reviewSentiments;
        return new Dashboard.View(
                "insights.jte",
                new Pages.Insights(
                        frame,
                        ReviewAnalysis.MODEL,
                        Format.scriptJson(sentiments.byMonth(ReviewAnalysis.MODEL, filter)),
                        sentiments.coverage(ReviewAnalysis.MODEL),
                        sentiments.mostNegative(ReviewAnalysis.MODEL, filter, 10),
                        product,
                        language,
                        app.products.all()));
    }
}
