package io.marketpilot.experiments.sequential;

import io.marketpilot.experiments.stats.Require;
import io.marketpilot.experiments.stats.SampleSummary;

/**
 * Mixture sequential probability ratio test (mSPRT) for a difference between two arms, giving an always-valid
 * p-value and a confidence sequence (Johari, Koomen, Pekelis, Walsh, "Always valid inference: continuous
 * monitoring of A/B tests", Operations Research 2022).
 *
 * <p>At each look the effect estimate θ̂ = mean_B - mean_A has variance V = σ²_A/n_A + σ²_B/n_B. Mixing the
 * likelihood ratio of θ against θ₀ over θ ~ N(θ₀, τ²) gives, for normal data,
 *
 * <pre>Λ = sqrt(V / (V + τ²)) · exp(τ² (θ̂ - θ₀)² / (2 V (V + τ²)))</pre>
 *
 * which is a non-negative martingale under H₀, so by Ville's inequality P(sup Λ ≥ 1/α) ≤ α. Hence p = min over
 * looks of 1/Λ may be checked at every look, and the set {θ₀ : Λ(θ₀) < 1/α} at each look, intersected over looks,
 * covers the true θ at all times with probability 1 - α. With equal arms of n units this is the paper's
 * sqrt(2σ²/(2σ² + nτ²))·exp(n²τ²θ̂²/(4σ²(2σ² + nτ²))).
 *
 * <p>Parameters: {@code tau2} (τ²), the mixing variance, should match the squared size of effects one expects
 * (e.g. {@code tau2 = mde²}); the test is valid for any τ² and it only tunes when power is best. {@code alpha} is
 * the error rate, controlled over unlimited looks. Variances are plug-in estimates (unpooled for proportions:
 * p(1-p)/n per arm), so the guarantee is asymptotic, as in the paper's treatment of conversion rates.
 */
public record MixtureSprt(double tau2, double alpha) {
    public MixtureSprt {
        if (!(tau2 > 0) || !Double.isFinite(tau2)) {
            throw new IllegalArgumentException("mixing variance tau2 must be positive, was " + tau2);
        }
        Require.probability(alpha, "alpha");
    }

    /** A test tuned to an expected absolute effect, τ = {@code expectedEffect}. */
    public static MixtureSprt forEffect(double expectedEffect, double alpha) {
        return new MixtureSprt(expectedEffect * expectedEffect, alpha);
    }

    /** Λ for the hypothesis θ = {@code null0} given an estimate and its variance. */
    public double likelihoodRatio(double estimate, double variance, double null0) {
        double d = estimate - null0;
        double sum = variance + tau2;
        return Math.sqrt(variance / sum) * Math.exp(tau2 * d * d / (2 * variance * sum));
    }

    /** Half-width of {θ₀ : Λ(θ₀) < 1/α} around the estimate at this look. */
    public double halfWidth(double variance) {
        double sum = variance + tau2;
        double logThreshold = Math.log(1 / alpha) + 0.5 * Math.log(sum / variance);
        return Math.sqrt(2 * variance * sum / tau2 * logThreshold);
    }

    /** The state after a look at an estimate of B - A with the given variance, testing θ₀ = 0. */
    public SequentialState next(SequentialState previous, double estimate, double variance) {
        if (!(variance > 0)) {
            // Zero variance (e.g. no conversions yet in either arm) carries no information; keep the state.
            return new SequentialState(
                    previous.looks() + 1, estimate, previous.alwaysValidPValue(), previous.csLow(), previous.csHigh());
        }
        double p = Math.min(previous.alwaysValidPValue(), Math.min(1, 1 / likelihoodRatio(estimate, variance, 0)));
        double half = halfWidth(variance);
        return new SequentialState(
                previous.looks() + 1,
                estimate,
                p,
                Math.max(previous.csLow(), estimate - half),
                Math.min(previous.csHigh(), estimate + half));
    }

    /** A look at cumulative conversion counts; the estimate is the difference of rates. */
    public SequentialState nextProportions(SequentialState previous, long convA, long nA, long convB, long nB) {
        Require.counts(convA, nA, "A");
        Require.counts(convB, nB, "B");
        double rateA = (double) convA / nA;
        double rateB = (double) convB / nB;
        double variance = rateA * (1 - rateA) / nA + rateB * (1 - rateB) / nB;
        return next(previous, rateB - rateA, variance);
    }

    /** A look at cumulative summaries of a continuous metric; the estimate is the difference of means. */
    public SequentialState nextMeans(SequentialState previous, SampleSummary a, SampleSummary b) {
        return next(previous, b.mean() - a.mean(), a.varianceOfMean() + b.varianceOfMean());
    }
}
