package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.experiment.AbTestAnswer;
import io.marketpilot.app.experiment.SampleSizeAnswer;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.core.MarketPilotException;

/** {@code /stats/abtest} and {@code /stats/sample-size}: the experiment calculators over plain numbers. */
public final class ExperimentStatsApi {
    /** Counts of a two-variant conversion test. */
    public record Counts(Long convA, Long nA, Long convB, Long nB) {}

    /** A sample-size question. */
    public record SampleSizeQuestion(Double baseline, Double mde, Boolean relative, Double alpha, Double power) {}

    public void register(ApiRegistry api) {
        String tag = "Experiments";
        api.post(
                        "/stats/abtest",
                        Access.VIEWER,
                        tag,
                        "Two-proportion test: z, p, CI, lift, P(B beats A), expected loss")
                .body("AbTestCounts")
                .returns("AbTestResult")
                .handle(this::abtest);
        api.post("/stats/sample-size", Access.VIEWER, tag, "Units per arm for a two-sided two-proportion test")
                .body("SampleSizeQuestion")
                .returns("SampleSizePlan")
                .handle(this::sampleSize);
    }

    private void abtest(Context ctx) {
        Counts c = Requests.body(ctx, Counts.class);
        if (c.convA() == null || c.nA() == null || c.convB() == null || c.nB() == null) {
            throw MarketPilotException.invalid("convA, nA, convB and nB are required");
        }
        ctx.json(AbTestAnswer.of(c.convA(), c.nA(), c.convB(), c.nB()));
    }

    private void sampleSize(Context ctx) {
        SampleSizeQuestion q = Requests.body(ctx, SampleSizeQuestion.class);
        if (q.baseline() == null || q.mde() == null) {
            throw MarketPilotException.invalid("baseline and mde are required");
        }
        ctx.json(SampleSizeAnswer.of(
                q.baseline(),
                q.mde(),
                Boolean.TRUE.equals(q.relative()),
                q.alpha() == null ? 0.05 : q.alpha(),
                q.power() == null ? 0.8 : q.power()));
    }
}
