package io.marketpilot.experiments.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/** Posterior densities of each arm's metric on one shared grid, for the report's posterior chart. */
final class PosteriorCurves {
    private static final int POINTS = 121;

    private PosteriorCurves() {}

    static List<ExperimentReport.Curve> of(List<String> names, ArmTotals[] totals, boolean binary) {
        List<ContinuousDistribution> posteriors = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ArmTotals t : totals) {
            ContinuousDistribution d;
            if (binary) {
                double s = Math.round(t.sum);
                d = BetaDistribution.of(1 + s, 1 + t.n - s);
            } else {
                double sd = Math.sqrt(t.variance() / t.n);
                if (!(sd > 0)) {
                    return List.of();
                }
                d = NormalDistribution.of(t.mean(), sd);
            }
            posteriors.add(d);
            double spread = Math.sqrt(d.getVariance());
            lo = Math.min(lo, d.getMean() - 5 * spread);
            hi = Math.max(hi, d.getMean() + 5 * spread);
        }
        if (binary) {
            lo = Math.max(0, lo);
            hi = Math.min(1, hi);
        }
        List<Double> x = new ArrayList<>(POINTS);
        for (int i = 0; i < POINTS; i++) {
            x.add(lo + (hi - lo) * i / (POINTS - 1));
        }
        List<ExperimentReport.Curve> curves = new ArrayList<>();
        for (int a = 0; a < totals.length; a++) {
            ContinuousDistribution d = posteriors.get(a);
            curves.add(new ExperimentReport.Curve(
                    names.get(a), x, x.stream().map(d::density).toList()));
        }
        return curves;
    }
}
