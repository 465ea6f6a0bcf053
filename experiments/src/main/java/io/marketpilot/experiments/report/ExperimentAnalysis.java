package io.marketpilot.experiments.report;

import io.marketpilot.experiments.AbTest;
import io.marketpilot.experiments.RevenueReport;
import io.marketpilot.experiments.TwoProportionReport;
import io.marketpilot.experiments.bayes.Beta;
import io.marketpilot.experiments.bayes.NormalPosterior;
import io.marketpilot.experiments.bayes.ProbabilityToBeBest;
import io.marketpilot.experiments.cuped.Cuped;
import io.marketpilot.experiments.cuped.CupedResult;
import io.marketpilot.experiments.sequential.MixtureSprt;
import io.marketpilot.experiments.stats.ChiSquareResult;
import io.marketpilot.experiments.stats.HolmCorrection;
import io.marketpilot.experiments.stats.SampleRatioMismatch;
import io.marketpilot.experiments.stats.WelchResult;
import io.marketpilot.experiments.stats.WelchTTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * Computes an experiment's report from its exposed units: fixed-horizon tests (z or Welch, Holm over challengers),
 * Bayesian probabilities (Beta-binomial or normal), the daily mSPRT (Bonferroni-split α over challengers), the
 * sample-ratio check, CUPED when every unit has a pre-period metric, and a recommendation.
 */
public final class ExperimentAnalysis {
    private static final double Z95 = 1.959963984540054;

    private ExperimentAnalysis() {}

    public static ExperimentReport analyse(AnalysisInput in) {
        int k = in.variants().size();
        ArmTotals[] totals = new ArmTotals[k];
        for (int i = 0; i < k; i++) {
            totals[i] = new ArmTotals();
        }
        for (UnitResult u : in.units()) {
            if (u.variant() < 0 || u.variant() >= k) {
                throw new IllegalArgumentException("unit in unknown variant " + u.variant());
            }
            totals[u.variant()].add(u.value());
        }
        long[] units = Arrays.stream(totals).mapToLong(t -> t.n).toArray();
        boolean enough = Arrays.stream(units).allMatch(n -> n >= 2);

        double sequentialAlpha = in.alpha() / (k - 1);
        MixtureSprt msprt = MixtureSprt.forEffect(in.expectedEffect(), sequentialAlpha);
        Optional<CupedResult> cuped = enough ? cuped(in) : Optional.empty();
        // With CUPED the sequential test watches the adjusted metric (same mean, less variance); the cumulative
        // chart keeps showing the raw metric.
        SequentialLooks looks = cuped.map(c -> SequentialLooks.merged(
                        new SequentialLooks(in, msprt), new SequentialLooks(adjusted(in, c), msprt)))
                .orElseGet(() -> new SequentialLooks(in, msprt));

        double[] probBest = enough ? probabilityToBeBest(totals, in.binary()) : nanArray(k);
        List<ExperimentReport.Arm> arms = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            arms.add(arm(in.variants().get(i), totals[i], in.binary(), probBest[i]));
        }

        List<ExperimentReport.Comparison> comparisons = enough ? compare(in, totals, looks, cuped) : List.of();

        ChiSquareResult srm = Arrays.stream(units).sum() > 0
                ? AbTest.sampleRatio(units, in.weights())
                : new ChiSquareResult(0, k - 1, 1);
        ExperimentReport.SampleRatio sampleRatio = new ExperimentReport.SampleRatio(
                srm.statistic(),
                srm.degreesOfFreedom(),
                srm.pValue(),
                srm.pValue() < SampleRatioMismatch.DEFAULT_ALPHA);

        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("alpha", in.alpha());
        parameters.put("confidence", 0.95);
        parameters.put("sequential_alpha_per_challenger", sequentialAlpha);
        parameters.put("msprt_tau", in.expectedEffect());
        parameters.put("msprt_tau2", msprt.tau2());
        parameters.put("looks", "daily, cumulative");
        parameters.put("prior", in.binary() ? "Beta(1, 1)" : "flat (normal approximation)");
        parameters.put("srm_threshold_p", SampleRatioMismatch.DEFAULT_ALPHA);
        parameters.put("weights", in.weights());

        ExperimentReport.Recommendation recommendation =
                Recommender.recommend(in, arms, comparisons, sampleRatio, sequentialAlpha, totals);
        return new ExperimentReport(
                arms,
                comparisons,
                sampleRatio,
                cuped.map(
                        c -> new ExperimentReport.CupedSummary(c.theta(), c.varianceReduction(), c.adjusted().length)),
                looks.days,
                enough ? PosteriorCurves.of(in.variants(), totals, in.binary()) : List.of(),
                recommendation,
                method(in.binary(), cuped.isPresent()),
                parameters);
    }

    private static String method(boolean binary, boolean cuped) {
        String fixed = binary
                ? "two-proportion z-test (pooled SE) with 95% Wald CI (unpooled SE) per challenger vs control"
                : "Welch t-test with 95% CI per challenger vs control";
        String bayes = binary
                ? "Beta-binomial posteriors (prior Beta(1, 1)): exact P(beat control), expected loss, P(best) by"
                        + " numerical integration"
                : "normal posteriors N(mean, sd²/n) (flat prior): P(beat control), expected loss, P(best)";
        return fixed + "; Holm step-down over challengers; " + bayes
                + "; mixture SPRT (Johari et al. 2022) with daily looks, always-valid p-value and confidence sequence,"
                + " α split evenly over challengers; sample-ratio chi-square test"
                + (cuped
                        ? "; CUPED (Deng et al. 2013) with θ pooled over arms, Welch on adjusted values, and the"
                                + " sequential test run on the adjusted values"
                        : "");
    }

    private static ExperimentReport.Arm arm(String name, ArmTotals t, boolean binary, double probBest) {
        double mean = t.mean();
        double se = binary ? Math.sqrt(mean * (1 - mean) / t.n) : Math.sqrt(t.variance() / t.n);
        double lo = mean - Z95 * se;
        double hi = mean + Z95 * se;
        if (binary) {
            lo = Math.max(0, lo);
            hi = Math.min(1, hi);
        }
        return new ExperimentReport.Arm(name, t.n, binary ? Math.round(t.sum) : 0, mean, lo, hi, probBest);
    }

    private static double[] probabilityToBeBest(ArmTotals[] totals, boolean binary) {
        if (binary) {
            List<Beta> posteriors = new ArrayList<>();
            for (ArmTotals t : totals) {
                posteriors.add(Beta.uniform().observe(Math.round(t.sum), t.n));
            }
            return ProbabilityToBeBest.ofBetas(posteriors);
        }
        List<ContinuousDistribution> posteriors = new ArrayList<>();
        for (ArmTotals t : totals) {
            if (!(t.variance() > 0)) {
                return nanArray(totals.length);
            }
            posteriors.add(NormalPosterior.fromSummary(t.summary()).distribution());
        }
        return ProbabilityToBeBest.of(posteriors);
    }

    private static List<ExperimentReport.Comparison> compare(
            AnalysisInput in, ArmTotals[] totals, SequentialLooks looks, Optional<CupedResult> cuped) {
        int k = totals.length;
        double[] p = new double[k - 1];
        double[][] figures = new double[k - 1][];
        for (int i = 1; i < k; i++) {
            figures[i - 1] = in.binary() ? binary(totals[0], totals[i]) : revenue(totals[0], totals[i]);
            p[i - 1] = Double.isNaN(figures[i - 1][5]) ? 1 : figures[i - 1][5];
        }
        double[] adjusted = HolmCorrection.adjust(p);
        List<Optional<ExperimentReport.CupedComparison>> cupedComparisons = cuped.map(c -> cupedComparisons(in, c))
                .orElseGet(() -> java.util.Collections.nCopies(k - 1, Optional.empty()));
        List<ExperimentReport.Comparison> out = new ArrayList<>(k - 1);
        for (int i = 1; i < k; i++) {
            double[] f = figures[i - 1];
            var state = looks.finalStates[i];
            out.add(new ExperimentReport.Comparison(
                    in.variants().get(i),
                    f[0],
                    f[1],
                    f[2],
                    f[3],
                    f[4],
                    f[5],
                    adjusted[i - 1],
                    f[6],
                    f[7],
                    state.alwaysValidPValue(),
                    state.csLow(),
                    state.csHigh(),
                    cupedComparisons.get(i - 1)));
        }
        return out;
    }

    /** diff, ciLow, ciHigh, lift, z, p, P(beat), expected loss. */
    private static double[] binary(ArmTotals a, ArmTotals b) {
        TwoProportionReport r = AbTest.twoProportions(Math.round(a.sum), a.n, Math.round(b.sum), b.n);
        return new double[] {
            r.diff(), r.ciLow(), r.ciHigh(), r.relativeLift(), r.z(), r.pValue(), r.probBBeatsA(), r.expectedLossB()
        };
    }

    private static double[] revenue(ArmTotals a, ArmTotals b) {
        if (!(a.variance() > 0) || !(b.variance() > 0)) {
            double diff = b.mean() - a.mean();
            return new double[] {
                diff, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN
            };
        }
        RevenueReport r = AbTest.revenue(a.summary(), b.summary());
        return new double[] {
            r.diff(), r.ciLow(), r.ciHigh(), r.relativeLift(), r.t(), r.pValue(), r.probBBeatsA(), r.expectedLossB()
        };
    }

    private static Optional<CupedResult> cuped(AnalysisInput in) {
        if (in.units().isEmpty()
                || !in.units().stream().allMatch(u -> u.covariate().isPresent())) {
            return Optional.empty();
        }
        double[] y = new double[in.units().size()];
        double[] x = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = in.units().get(i).value();
            x[i] = in.units().get(i).covariate().getAsDouble();
        }
        return Optional.of(Cuped.adjust(y, x));
    }

    private static List<Optional<ExperimentReport.CupedComparison>> cupedComparisons(AnalysisInput in, CupedResult c) {
        int k = in.variants().size();
        ArmTotals[] adjusted = new ArmTotals[k];
        for (int i = 0; i < k; i++) {
            adjusted[i] = new ArmTotals();
        }
        double[] values = c.adjusted();
        for (int i = 0; i < values.length; i++) {
            adjusted[in.units().get(i).variant()].add(values[i]);
        }
        List<Optional<ExperimentReport.CupedComparison>> out = new ArrayList<>();
        ArmTotals control = adjusted[0];
        for (int i = 1; i < k; i++) {
            ArmTotals arm = adjusted[i];
            // the variance is NaN below two values, so this also asks for enough data
            if (!(control.variance() > 0) || !(arm.variance() > 0)) {
                out.add(Optional.empty());
                continue;
            }
            WelchResult w = WelchTTest.test(control.summary(), arm.summary());
            out.add(Optional.of(new ExperimentReport.CupedComparison(w.diff(), w.ciLow(), w.ciHigh(), w.pValue())));
        }
        return out;
    }

    /** The units with their CUPED-adjusted values, analysed as a continuous metric. */
    private static AnalysisInput adjusted(AnalysisInput in, CupedResult c) {
        double[] values = c.adjusted();
        List<UnitResult> units = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            UnitResult u = in.units().get(i);
            units.add(new UnitResult(u.variant(), u.exposedOn(), u.succeededOn(), values[i], u.covariate()));
        }
        return new AnalysisInput(in.variants(), in.weights(), false, in.alpha(), in.expectedEffect(), units);
    }

    private static double[] nanArray(int k) {
        double[] a = new double[k];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
