package io.marketpilot.experiments.bayes;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** Closed-form comparisons of two normal beliefs, the revenue counterpart of {@link BetaComparison}. */
public final class NormalComparison {
    private static final NormalDistribution N01 = NormalDistribution.of(0, 1);

    private NormalComparison() {}

    /** P(X > Y) = Φ((μx - μy) / sqrt(σx² + σy²)). */
    public static double probGreater(NormalPosterior x, NormalPosterior y) {
        double sd = Math.sqrt(x.variance() + y.variance());
        return N01.cumulativeProbability((x.mean() - y.mean()) / sd);
    }

    /** E[max(θ_other - θ_chosen, 0)]: for D ~ N(m, s²), E[D⁺] = s·φ(m/s) + m·Φ(m/s). */
    public static double expectedLoss(NormalPosterior chosen, NormalPosterior other) {
        double m = other.mean() - chosen.mean();
        double s = Math.sqrt(other.variance() + chosen.variance());
        double u = m / s;
        // Far into the tail the two terms cancel; rounding must not report a negative loss.
        return Math.max(0, s * N01.density(u) + m * N01.cumulativeProbability(u));
    }
}
