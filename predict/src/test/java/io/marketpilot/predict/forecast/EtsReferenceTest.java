package io.marketpilot.predict.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The recursion, point forecasts and intervals against statsmodels' ETSModel with the same fixed parameters. */
class EtsReferenceTest {
    private static final EtsReference REFERENCE = new EtsReference();
    private static final double[] Y = REFERENCE.get("series", "y");

    private static EtsForm form(String kase) {
        Trend trend = kase.contains("Ad") ? Trend.DAMPED : kase.charAt(1) == 'A' ? Trend.ADDITIVE : Trend.NONE;
        char s = kase.charAt(kase.length() - 1);
        return switch (s) {
            case 'A' -> new EtsForm(trend, Seasonality.ADDITIVE, 52);
            case 'M' -> new EtsForm(trend, Seasonality.MULTIPLICATIVE, 52);
            default -> EtsForm.nonSeasonal(trend);
        };
    }

    /** The fit statsmodels describes, with sse chosen so that sigma2 equals statsmodels' mse (SSE / n). */
    private static EtsFit fit(String kase) {
        EtsForm form = form(kase);
        EtsParameters p = new EtsParameters(
                REFERENCE.scalar(kase, "alpha", 0),
                REFERENCE.scalar(kase, "beta", 0),
                REFERENCE.scalar(kase, "gamma", 0),
                REFERENCE.scalar(kase, "phi", 1));
        EtsState initial = new EtsState(
                REFERENCE.scalar(kase, "level", 0), REFERENCE.scalar(kase, "trend", 0), REFERENCE.get(kase, "season"));
        EtsState last = initial.copy();
        EtsRecursion.run(Y, form, p, last, new double[0]);
        int k = form.smoothingParameters() + form.initialStates();
        double mse = REFERENCE.scalar(kase, "mse", 0);
        return new EtsFit(form, p, initial, last, Y.length, mse * (Y.length - k));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ANN", "AAN", "AAdN", "ANA", "AAA", "AAdA", "AAM"})
    void oneStepSseMatchesStatsmodels(String kase) {
        EtsFit f = fit(kase);
        EtsState state = f.initial().copy();
        double sse = EtsRecursion.run(Y, f.form(), f.parameters(), state, new double[0]);
        assertThat(sse).isCloseTo(REFERENCE.scalar(kase, "sse", 0), within(1e-9 * sse));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ANN", "AAN", "AAdN", "ANA", "AAA", "AAdA"})
    void analyticIntervalsMatchStatsmodelsOverMoreThanOneSeason(String kase) {
        EtsFit f = fit(kase);
        double[] means = REFERENCE.get(kase, "mean");
        double[] multipliers = REFERENCE.get(kase, "multiplier");
        double[][] rows = EtsIntervals.predict(f, means.length, 1, 400);
        double sigma = Math.sqrt(f.sigma2());
        for (int h = 0; h < means.length; h++) {
            assertThat(rows[h][0]).as("mean at h=%d", h + 1).isCloseTo(means[h], within(1e-8 * Math.abs(means[h])));
            double multiplier = (rows[h][4] - rows[h][0]) / (ForecastPoint.Z95 * sigma);
            assertThat(multiplier)
                    .as("sd / sigma at h=%d", h + 1)
                    .isCloseTo(multipliers[h], within(1e-9 * multipliers[h]));
            assertThat((rows[h][2] - rows[h][0]) / (ForecastPoint.Z80 * sigma)).isCloseTo(multiplier, within(1e-9));
        }
    }

    @Test
    void simulatedMultiplicativeIntervalsMatchStatsmodelsWithinMonteCarloError() {
        EtsFit f = fit("AAM");
        double[] means = REFERENCE.get("AAM", "mean");
        double[][] rows = EtsIntervals.predict(f, means.length, 11, 20_000);
        String[] kinds = {"lo80", "hi80", "lo95", "hi95"};
        for (int h = 0; h < means.length; h++) {
            assertThat(rows[h][0]).isCloseTo(means[h], within(1e-8 * means[h]));
            double width = REFERENCE.get("AAM", "hi95")[h] - REFERENCE.get("AAM", "lo95")[h];
            for (int q = 0; q < kinds.length; q++) {
                // both sides are 20,000 draws: quantile noise is about 1% of the 95% width
                assertThat(rows[h][q + 1])
                        .as("%s at h=%d", kinds[q], h + 1)
                        .isCloseTo(REFERENCE.get("AAM", kinds[q])[h], within(0.04 * width));
            }
        }
    }
}
