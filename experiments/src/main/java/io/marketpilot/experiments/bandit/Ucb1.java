package io.marketpilot.experiments.bandit;

import java.util.Map;

/**
 * UCB1 (Auer, Cesa-Bianchi, Fischer 2002): play the arm with the highest mean + sqrt(2 ln t / n). Deterministic;
 * its regret bound assumes rewards in [0, 1].
 */
public final class Ucb1 implements BanditPolicy {
    static final String NAME = "ucb1";
    private final ArmStatistics stats;
    private final double[] scores;

    public Ucb1(int arms) {
        this(new ArmStatistics(arms));
    }

    Ucb1(ArmStatistics stats) {
        this.stats = stats;
        this.scores = new double[stats.arms()];
    }

    @Override
    public int chooseArm() {
        int unplayed = stats.firstUnplayed(1);
        if (unplayed >= 0) {
            return unplayed;
        }
        double logT = Math.log((double) stats.totalPulls());
        for (int i = 0; i < scores.length; i++) {
            scores[i] = stats.mean(i) + Math.sqrt(2 * logT / stats.pulls[i]);
        }
        return ArmStatistics.argMax(scores);
    }

    @Override
    public void update(int arm, double reward) {
        stats.record(arm, reward);
    }

    @Override
    public BanditState state() {
        return stats.toState(NAME, Map.of());
    }
}
