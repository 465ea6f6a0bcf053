package io.marketpilot.experiments.bandit;

import io.marketpilot.experiments.random.Variates;
import java.util.Map;

/**
 * Thompson sampling for conversions: each arm's rate has a Beta posterior, and the arm whose posterior draw is
 * highest is played, so arms are chosen with the probability that they are best.
 */
public final class ThompsonBernoulli implements BanditPolicy {
    static final String NAME = "thompson";
    private final ArmStatistics stats;
    private final double priorAlpha;
    private final double priorBeta;
    private final Variates random;
    private final double[] draws;

    /** Beta(1, 1) priors. */
    public ThompsonBernoulli(int arms, long seed) {
        this(new ArmStatistics(arms), 1, 1, seed);
    }

    ThompsonBernoulli(ArmStatistics stats, double priorAlpha, double priorBeta, long seed) {
        if (!(priorAlpha > 0) || !(priorBeta > 0)) {
            throw new IllegalArgumentException("Beta prior parameters must be positive");
        }
        this.stats = stats;
        this.priorAlpha = priorAlpha;
        this.priorBeta = priorBeta;
        this.random = Variates.seeded(seed);
        this.draws = new double[stats.arms()];
    }

    @Override
    public int chooseArm() {
        for (int i = 0; i < draws.length; i++) {
            // A reward in [0, 1] counts as that fraction of a success, which keeps the update conjugate for 0/1.
            double successes = stats.sums[i];
            draws[i] = random.beta(priorAlpha + successes, priorBeta + stats.pulls[i] - successes);
        }
        return ArmStatistics.argMax(draws);
    }

    @Override
    public void update(int arm, double reward) {
        if (reward < 0 || reward > 1) {
            throw new IllegalArgumentException("Bernoulli Thompson sampling needs rewards in [0, 1], got " + reward);
        }
        stats.record(arm, reward);
    }

    @Override
    public BanditState state() {
        return stats.toState(NAME, Map.of("priorAlpha", priorAlpha, "priorBeta", priorBeta));
    }
}
