package io.marketpilot.app.experiment;

import io.marketpilot.app.insight.UserInput;
import io.marketpilot.experiments.AbTest;
import io.marketpilot.experiments.TwoProportionReport;
import org.jspecify.annotations.Nullable;

/**
 * The two-proportion calculator's answer over counts, one record that the CLI ({@code abtest --format json}) and the
 * API ({@code POST /stats/abtest}) both write, and the OpenAPI schema is generated from, so the doors give the same
 * fields.
 *
 * @param relativeLift the difference over A's rate; null when A never converted (the lift is undefined)
 */
public record AbTestAnswer(
        double rateA,
        double rateB,
        double z,
        double pValue,
        double diff,
        double ciLow,
        double ciHigh,
        @Nullable Double relativeLift,
        double probBBeatsA,
        double expectedLossB,
        double expectedLossA,
        String method) {

    /** The test of B against A; counts that make no test (more conversions than units…) are the user's error. */
    public static AbTestAnswer of(long convA, long nA, long convB, long nB) {
        return of(UserInput.check(() -> AbTest.twoProportions(convA, nA, convB, nB)));
    }

    static AbTestAnswer of(TwoProportionReport r) {
        return new AbTestAnswer(
                r.rateA(),
                r.rateB(),
                r.z(),
                r.pValue(),
                r.diff(),
                r.ciLow(),
                r.ciHigh(),
                Double.isFinite(r.relativeLift()) ? r.relativeLift() : null,
                r.probBBeatsA(),
                r.expectedLossB(),
                r.expectedLossA(),
                r.method());
    }
}
