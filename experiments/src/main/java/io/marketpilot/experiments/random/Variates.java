package io.marketpilot.experiments.random;

import org.apache.commons.rng.UniformRandomProvider;

/** Draws normal, gamma and beta variates from one seeded stream, fast enough for a bandit's inner loop. */
public final class Variates {
    private final UniformRandomProvider rng;
    private double spareNormal;
    private boolean hasSpare;

    public Variates(UniformRandomProvider rng) {
        this.rng = rng;
    }

    public static Variates seeded(long seed) {
        return new Variates(Seeds.rng(seed));
    }

    /** A uniform draw in [0, 1). */
    public double uniform() {
        return rng.nextDouble();
    }

    /** A uniform integer in [0, bound). */
    public int nextInt(int bound) {
        return rng.nextInt(bound);
    }

    public boolean bernoulli(double p) {
        return rng.nextDouble() < p;
    }

    /** Standard normal by Marsaglia's polar method; it yields two values per acceptance, so one is kept. */
    public double normal() {
        if (hasSpare) {
            hasSpare = false;
            return spareNormal;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * rng.nextDouble() - 1;
            v = 2 * rng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = Math.sqrt(-2 * Math.log(s) / s);
        spareNormal = v * factor;
        hasSpare = true;
        return u * factor;
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang (2000); shape below one is boosted and scaled back by U^(1/shape). */
    public double gamma(double shape) {
        if (!(shape > 0)) {
            throw new IllegalArgumentException("gamma shape must be positive, was " + shape);
        }
        if (shape < 1) {
            double u = rng.nextDouble();
            return gamma(shape + 1) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = normal();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = rng.nextDouble();
            double x2 = x * x;
            // The squeeze accepts ~98% of draws without a logarithm.
            if (u < 1 - 0.0331 * x2 * x2) {
                return d * v;
            }
            if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /** Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
    public double beta(double a, double b) {
        double x = gamma(a);
        double y = gamma(b);
        return x / (x + y);
    }

    /** The underlying stream, for commons-statistics samplers that need one. */
    public UniformRandomProvider rng() {
        return rng;
    }
}
