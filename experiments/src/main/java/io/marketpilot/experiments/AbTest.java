package io.marketpilot.experiments;

import io.marketpilot.experiments.bayes.Beta;
import io.marketpilot.experiments.bayes.BetaComparison;
import io.marketpilot.experiments.bayes.NormalComparison;
import io.marketpilot.experiments.bayes.NormalPosterior;
import io.marketpilot.experiments.bayes.ProbabilityToBeBest;
import io.marketpilot.experiments.stats.ChiSquareResult;
import io.marketpilot.experiments.stats.HolmCorrection;
import io.marketpilot.experiments.stats.SampleRatioMismatch;
import io.marketpilot.experiments.stats.SampleSummary;
import io.marketpilot.experiments.stats.TwoProportionResult;
import io.marketpilot.experiments.stats.TwoProportionZTest;
import io.marketpilot.experiments.stats.WelchResult;
import io.marketpilot.experiments.stats.WelchTTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The entry point a CLI or API calls to analyse an experiment's results; every answer is a plain record. */
public final class AbTest {
    private AbTest() {}

    /** A conversion test at 95% confidence with Beta(1, 1) priors. */
    public static TwoProportionReport twoProportions(long convA, long nA, long convB, long nB) {
        return twoProportions(convA, nA, convB, nB, 0.95, Beta.uniform());
    }

    public static TwoProportionReport twoProportions(
            long convA, long nA, long convB, long nB, double confidence, Beta prior) {
        TwoProportionResult z = TwoProportionZTest.test(convA, nA, convB, nB, confidence);
        Beta a = prior.observe(convA, nA);
        Beta b = prior.observe(convB, nB);
        String method = String.format(
                "two-proportion z-test (pooled SE), %s%% Wald CI (unpooled SE), beta-binomial exact, prior Beta(%s, %s)",
                number(confidence * 100), number(prior.alpha()), number(prior.beta()));
        return new TwoProportionReport(
                z.rateA(),
                z.rateB(),
                z.z(),
                z.pValue(),
                z.diff(),
                z.ciLow(),
                z.ciHigh(),
                z.relativeLift(),
                BetaComparison.probGreater(b, a),
                BetaComparison.expectedLoss(b, a),
                BetaComparison.expectedLoss(a, b),
                method);
    }

    /** A revenue test at 95% confidence: Welch's t-test and the normal model with a flat prior. */
    public static RevenueReport revenue(SampleSummary a, SampleSummary b) {
        WelchResult w = WelchTTest.test(a, b);
        NormalPosterior pa = NormalPosterior.fromSummary(a);
        NormalPosterior pb = NormalPosterior.fromSummary(b);
        return new RevenueReport(
                a.mean(),
                b.mean(),
                w.t(),
                w.df(),
                w.pValue(),
                w.diff(),
                w.ciLow(),
                w.ciHigh(),
                a.mean() != 0 ? w.diff() / a.mean() : Double.NaN,
                NormalComparison.probGreater(pb, pa),
                NormalComparison.expectedLoss(pb, pa),
                "Welch t-test, 95% CI, normal posterior N(mean, sd^2/n) with flat prior");
    }

    /**
     * Variant 0 is the control; each challenger gets a z-test against it with Holm's correction, and every variant
     * its probability to be best under Beta(1, 1) priors.
     */
    public static MultiVariantReport multiVariant(long[] conversions, long[] trials, double alpha) {
        if (conversions.length != trials.length || conversions.length < 2) {
            throw new IllegalArgumentException("need matching conversions and trials for at least two variants");
        }
        int k = conversions.length;
        double[] p = new double[k - 1];
        TwoProportionResult[] tests = new TwoProportionResult[k - 1];
        for (int i = 1; i < k; i++) {
            tests[i - 1] = TwoProportionZTest.test(conversions[0], trials[0], conversions[i], trials[i]);
            p[i - 1] = tests[i - 1].pValue();
        }
        double[] adjusted = HolmCorrection.adjust(p);
        List<ChallengerResult> challengers = new ArrayList<>(k - 1);
        for (int i = 1; i < k; i++) {
            TwoProportionResult t = tests[i - 1];
            challengers.add(new ChallengerResult(
                    i, t.rateB(), t.diff(), t.pValue(), adjusted[i - 1], adjusted[i - 1] <= alpha));
        }
        List<Beta> posteriors = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            posteriors.add(Beta.uniform().observe(conversions[i], trials[i]));
        }
        List<Double> best =
                Arrays.stream(ProbabilityToBeBest.ofBetas(posteriors)).boxed().toList();
        return new MultiVariantReport(
                challengers,
                best,
                alpha,
                "two-proportion z-tests vs control, Holm step-down; probability to be best by numerical"
                        + " integration, prior Beta(1, 1)");
    }

    /** Sample-ratio mismatch check of units per variant against the configured weights. */
    public static ChiSquareResult sampleRatio(long[] unitsPerVariant, double[] weights) {
        return SampleRatioMismatch.check(unitsPerVariant, weights);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
