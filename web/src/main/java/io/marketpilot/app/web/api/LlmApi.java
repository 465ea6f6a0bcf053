package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.llm.LlmUsageReport;
import io.marketpilot.app.llm.Ping;
import io.marketpilot.app.llm.StatusView;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.core.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /llm}: the language model's configuration and health, its usage and cost, and a connectivity check. */
public final class LlmApi {
    private final Services app;

    public LlmApi(Services app) {
        this.app = app;
    }

    public void register(ApiRegistry api) {
        String tag = "Language model";
        api.get("/llm/status", Access.VIEWER, tag, "Provider, model, circuit breaker state and whether PII is redacted")
                .returns("LlmStatus")
                .handle(ctx -> ctx.json(StatusView.of(app.llm.status())));
        api.get(
                        "/llm/usage",
                        Access.VIEWER,
                        tag,
                        "Calls, tokens, latency, cost, cache hits and failures per provider," + " model and feature")
                .query("days", "integer", "Period in days, 1–3660 (default 30)")
                .returns("LlmUsage")
                .handle(this::usage);
        api.post("/llm/ping", Access.MARKETER, tag, "Send one tiny request to the configured model")
                .returns("LlmPing")
                .fails(ErrorCode.UNAVAILABLE, "No language model is configured, or it did not answer")
                .handle(this::ping);
    }

    private void usage(Context ctx) {
        int days = Requests.intParam(ctx, "days", LlmUsageReport.DEFAULT_DAYS);
        ctx.json(LlmUsageReport.of(app.llmUsage, app.clock, days));
    }

    private void ping(Context ctx) {
        var reply = Ping.send(app.languageModel, Authenticator.principal(ctx).actor());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("provider", reply.provider());
        out.put("model", reply.model());
        out.put("answer", reply.text());
        out.put("latencyMillis", reply.latencyMillis());
        out.put("inputTokens", reply.inputTokens());
        out.put("outputTokens", reply.outputTokens());
        ctx.json(out);
    }
}
