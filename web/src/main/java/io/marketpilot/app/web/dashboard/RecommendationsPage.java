package io.marketpilot.app.web.dashboard;

import io.javalin.http.Context;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Routes;
import java.util.List;

/** The "Recommendations" page: the serving model, its hold-out evaluation, and a customer look-up. */
final class RecommendationsPage {
    private final Services app;
    private final Dashboard dashboard;

    RecommendationsPage(Services app, Dashboard dashboard) {
        this.app = app;
        this.dashboard = dashboard;
    }

    void register(Routes routes) {
        routes.page(
                "/recommendations",
                Access.VIEWER,
                ctx -> dashboard.page(ctx, "Recommendations", frame -> view(ctx, frame)));
    }

    private Dashboard.View view(Context ctx, Frame frame) {
        String customer = ctx.queryParam("customer") == null
                ? ""
                : ctx.queryParam("customer").strip();
        String product = ctx.queryParam("product") == null
                ? ""
                : ctx.queryParam("product").strip();
        var model = app.recommendations.model();
        List<Pages.Suggestion> suggestions =
                customer.isEmpty() ? List.of() : dashboard.suggestions(app.recommendations.forCustomer(customer, 10));
        List<Pages.Suggestion> similar =
                product.isEmpty() ? List.of() : dashboard.suggestions(app.recommendations.similarProducts(product, 10));
        return new Dashboard.View(
                "recommendations.jte",
                new Pages.Recommendations(
                        frame, model, app.recommendations.history(10), customer, suggestions, product, similar));
    }
}
