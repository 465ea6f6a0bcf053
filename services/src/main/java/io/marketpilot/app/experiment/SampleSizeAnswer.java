package io.marketpilot.app.experiment;

import io.marketpilot.app.insight.UserInput;
import io.marketpilot.experiments.stats.SampleSize;

/**
 * Units per arm for a two-sided two-proportion test, one record that the CLI ({@code sample-size --format json}) and
 * the API ({@code POST /stats/sample-size}) both write, and the OpenAPI schema is generated from.
 */
public record SampleSizeAnswer(double baseline, double variant, double alpha, double power, long perArm, long total) {

    /** The plan; an impossible question (a rate outside 0–1, no effect) is the user's error. */
    public static SampleSizeAnswer of(double baseline, double mde, boolean relative, double alpha, double power) {
        var plan = UserInput.check(() -> SampleSize.forProportions(baseline, mde, relative, alpha, power));
        return new SampleSizeAnswer(
                plan.baseline(), plan.variant(), plan.alpha(), plan.power(), plan.perArm(), plan.total());
    }
}
