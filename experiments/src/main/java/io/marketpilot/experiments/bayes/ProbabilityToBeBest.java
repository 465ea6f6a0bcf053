package io.marketpilot.experiments.bayes;

import java.util.List;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * For each of several independent posteriors, the probability that it has the highest value, by numerical
 * integration rather than sampling so the answer is exact to ~1e-9 and needs no seed.
 *
 * <p>P(k is best) = ∫ f_k(x) Π_{j≠k} F_j(x) dx. Each integral runs over arm k's own support, cut at its 1e-14 and
 * 1 - 1e-14 quantiles, split into 64 panels, each refined by adaptive Simpson until successive estimates agree to
 * 1e-13; adaptivity matters when another arm's posterior is much narrower and its CDF steps inside a panel.
 */
public final class ProbabilityToBeBest {
    private static final double TAIL = 1e-14;
    private static final int PANELS = 64;
    private static final double TOLERANCE = 1e-13;
    private static final int MAX_DEPTH = 40;

    private ProbabilityToBeBest() {}

    public static double[] ofBetas(List<Beta> posteriors) {
        return of(posteriors.stream().map(Beta::distribution).toList());
    }

    public static double[] of(List<? extends ContinuousDistribution> posteriors) {
        if (posteriors.size() < 2) {
            throw new IllegalArgumentException("probability to be best needs at least two variants");
        }
        double[] best = new double[posteriors.size()];
        for (int k = 0; k < best.length; k++) {
            best[k] = integrateArm(posteriors, k);
        }
        return best;
    }

    private static double integrateArm(List<? extends ContinuousDistribution> posteriors, int k) {
        ContinuousDistribution arm = posteriors.get(k);
        double lo = arm.inverseCumulativeProbability(TAIL);
        double hi = arm.inverseSurvivalProbability(TAIL);
        double width = (hi - lo) / PANELS;
        double total = 0;
        for (int p = 0; p < PANELS; p++) {
            double a = lo + p * width;
            double b = p == PANELS - 1 ? hi : a + width;
            double fa = integrand(posteriors, k, a);
            double fb = integrand(posteriors, k, b);
            double m = (a + b) / 2;
            double fm = integrand(posteriors, k, m);
            double whole = (b - a) / 6 * (fa + 4 * fm + fb);
            total += adaptive(posteriors, k, a, b, fa, fm, fb, whole, TOLERANCE / PANELS, MAX_DEPTH);
        }
        return Math.min(1, Math.max(0, total));
    }

    private static double adaptive(
            List<? extends ContinuousDistribution> posteriors,
            int k,
            double a,
            double b,
            double fa,
            double fm,
            double fb,
            double whole,
            double tolerance,
            int depth) {
        double m = (a + b) / 2;
        double lm = (a + m) / 2;
        double rm = (m + b) / 2;
        double flm = integrand(posteriors, k, lm);
        double frm = integrand(posteriors, k, rm);
        double left = (m - a) / 6 * (fa + 4 * flm + fm);
        double right = (b - m) / 6 * (fm + 4 * frm + fb);
        double delta = left + right - whole;
        if (depth <= 0 || Math.abs(delta) <= 15 * tolerance) {
            return left + right + delta / 15;
        }
        return adaptive(posteriors, k, a, m, fa, flm, fm, left, tolerance / 2, depth - 1)
                + adaptive(posteriors, k, m, b, fm, frm, fb, right, tolerance / 2, depth - 1);
    }

    private static double integrand(List<? extends ContinuousDistribution> posteriors, int k, double x) {
        double value = posteriors.get(k).density(x);
        for (int j = 0; j < posteriors.size() && value > 0; j++) {
            if (j != k) {
                value *= posteriors.get(j).cumulativeProbability(x);
            }
        }
        return value;
    }
}
