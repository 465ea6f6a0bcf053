package io.marketpilot.experiments.sequential;

/**
 * The A/A experiments a {@link PeekingSimulation} runs.
 *
 * @param experiments how many A/A experiments
 * @param minDays fewest daily looks an experiment gets
 * @param maxDays most daily looks; each experiment's length is drawn uniformly from [minDays, maxDays]
 * @param visitorsPerArmPerDay units each arm receives per day
 * @param baseline the conversion rate both arms share
 * @param alpha significance level of both the naive and the sequential test
 * @param tau2 the mSPRT mixing variance
 */
public record PeekingSetup(
        int experiments,
        int minDays,
        int maxDays,
        int visitorsPerArmPerDay,
        double baseline,
        double alpha,
        double tau2) {
    public PeekingSetup {
        if (experiments < 1 || minDays < 1 || maxDays < minDays || visitorsPerArmPerDay < 1) {
            throw new IllegalArgumentException("need experiments >= 1 and 1 <= minDays <= maxDays and visitors >= 1");
        }
    }

    /** 2,000 experiments of 10–30 days, 1,000 visitors per arm a day, 5% baseline, alpha 5%, τ = 0.005. */
    public static PeekingSetup defaults() {
        return new PeekingSetup(2_000, 10, 30, 1_000, 0.05, 0.05, 0.005 * 0.005);
    }

    public PeekingSetup withExperiments(int count) {
        return new PeekingSetup(count, minDays, maxDays, visitorsPerArmPerDay, baseline, alpha, tau2);
    }

    public PeekingSetup withTau2(double value) {
        return new PeekingSetup(experiments, minDays, maxDays, visitorsPerArmPerDay, baseline, alpha, value);
    }
}
