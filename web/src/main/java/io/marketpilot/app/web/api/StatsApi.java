package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.core.MarketPilotException;
import java.util.Optional;

/** {@code /stats}: the overview's figures. */
public final class StatsApi {
    private final Services app;

    public StatsApi(Services app) {
        this.app = app;
    }

    public void register(ApiRegistry api) {
        String tag = "Overview";
        api.get("/stats/overview", Access.VIEWER, tag, "Headline KPIs")
                .returns("Kpis")
                .readsBuiltModel()
                .handle(this::overview);
        api.get("/stats/revenue-by-month", Access.VIEWER, tag, "Net revenue and orders per month")
                .query("productId", "string", "Only this product's lines")
                .returns("MonthRevenueList")
                .readsBuiltModel()
                .handle(this::revenueByMonth);
        api.get("/stats/top-products", Access.VIEWER, tag, "Products by net revenue")
                .query("limit", "integer", "How many, 1–100 (default 10)")
                .returns("ProductRevenueList")
                .readsBuiltModel()
                .handle(this::topProducts);
    }

    private void overview(Context ctx) {
        ctx.json(app.analytics.kpis());
    }

    private void revenueByMonth(Context ctx) {
        ctx.json(app.analytics.revenueByMonth(Optional.ofNullable(ctx.queryParam("productId"))));
    }

    private void topProducts(Context ctx) {
        int limit = Requests.intParam(ctx, "limit", 10);
        if (limit < 1 || limit > 100) {
            throw MarketPilotException.invalid("limit must be between 1 and 100");
        }
        ctx.json(app.analytics.topProducts(limit));
    }
}
