package io.marketpilot.experiments.bandit;

import java.util.List;

/** Creates policies by name and rebuilds them from exported state, for callers that configure policies as text. */
public final class BanditPolicies {
    /** The names {@link #create} accepts. */
    public static final List<String> NAMES =
            List.of(ThompsonBernoulli.NAME, ThompsonGaussian.NAME, Ucb1.NAME, EpsilonGreedy.NAME, UniformSplit.NAME);

    private BanditPolicies() {}

    /** A fresh policy with default parameters (Beta(1, 1) priors, epsilon 0.1). */
    public static BanditPolicy create(String name, int arms, long seed) {
        return build(name, new ArmStatistics(arms), 1, 1, EpsilonGreedy.DEFAULT_EPSILON, seed);
    }

    /** The policy a state was exported from, with its learned statistics and parameters. */
    public static BanditPolicy restore(BanditState state, long seed) {
        var p = state.parameters();
        return build(
                state.policy(),
                ArmStatistics.from(state),
                p.getOrDefault("priorAlpha", 1.0),
                p.getOrDefault("priorBeta", 1.0),
                p.getOrDefault("epsilon", EpsilonGreedy.DEFAULT_EPSILON),
                seed);
    }

    private static BanditPolicy build(
            String name, ArmStatistics stats, double priorAlpha, double priorBeta, double epsilon, long seed) {
        return switch (name) {
            case ThompsonBernoulli.NAME -> new ThompsonBernoulli(stats, priorAlpha, priorBeta, seed);
            case ThompsonGaussian.NAME -> new ThompsonGaussian(stats, seed);
            case Ucb1.NAME -> new Ucb1(stats);
            case EpsilonGreedy.NAME -> new EpsilonGreedy(stats, epsilon, seed);
            case UniformSplit.NAME -> new UniformSplit(stats, seed);
            default -> throw new IllegalArgumentException("unknown bandit policy '" + name + "'; known: " + NAMES);
        };
    }
}
