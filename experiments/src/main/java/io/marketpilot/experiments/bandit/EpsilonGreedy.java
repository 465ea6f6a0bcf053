package io.marketpilot.experiments.bandit;

import io.marketpilot.experiments.random.Variates;
import java.util.Map;

/** Epsilon-greedy: explore a uniformly random arm with probability epsilon, otherwise play the best mean so far. */
public final class EpsilonGreedy implements BanditPolicy {
    static final String NAME = "epsilon-greedy";
    /** A common default: 10% of traffic keeps exploring. */
    public static final double DEFAULT_EPSILON = 0.1;

    private final ArmStatistics stats;
    private final double epsilon;
    private final Variates random;
    private final double[] means;

    public EpsilonGreedy(int arms, double epsilon, long seed) {
        this(new ArmStatistics(arms), epsilon, seed);
    }

    EpsilonGreedy(ArmStatistics stats, double epsilon, long seed) {
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("epsilon must lie in [0, 1], was " + epsilon);
        }
        this.stats = stats;
        this.epsilon = epsilon;
        this.random = Variates.seeded(seed);
        this.means = new double[stats.arms()];
    }

    @Override
    public int chooseArm() {
        int unplayed = stats.firstUnplayed(1);
        if (unplayed >= 0) {
            return unplayed;
        }
        if (random.uniform() < epsilon) {
            return random.nextInt(stats.arms());
        }
        for (int i = 0; i < means.length; i++) {
            means[i] = stats.mean(i);
        }
        return ArmStatistics.argMax(means);
    }

    @Override
    public void update(int arm, double reward) {
        stats.record(arm, reward);
    }

    @Override
    public BanditState state() {
        return stats.toState(NAME, Map.of("epsilon", epsilon));
    }
}
