package io.marketpilot.app.web.dashboard;

import io.javalin.http.Context;
import io.marketpilot.app.llm.LlmUsageReport;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Routes;

/** The "LLM usage" page: provider, model, circuit and redaction, and calls, tokens, latency and cost per feature. */
final class LlmUsagePage {
    private final Services app;
    private final Dashboard dashboard;

    LlmUsagePage(Services app, Dashboard dashboard) {
        this.app = app;
        this.dashboard = dashboard;
    }

    void register(Routes routes) {
        routes.page("/llm", Access.VIEWER, ctx -> dashboard.page(ctx, "LLM usage", frame -> view(ctx, frame)));
    }

    private Dashboard.View view(Context ctx, Frame frame) {
        int days;
        try {
            days = Integer.parseInt(ctx.queryParamAsClass("days", String.class).getOrDefault("30"));
        } catch (NumberFormatException e) {
            days = LlmUsageReport.DEFAULT_DAYS;
        }
        days = Math.max(1, Math.min(3660, days));
        return new Dashboard.View(
                "llm-usage.jte",
                new LlmUsageView(frame, app.llm.status(), LlmUsageReport.of(app.llmUsage, app.clock, days)));
    }
}
