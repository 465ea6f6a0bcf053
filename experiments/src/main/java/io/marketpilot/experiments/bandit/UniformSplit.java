package io.marketpilot.experiments.bandit;

import io.marketpilot.experiments.random.Variates;
import java.util.Map;

/** A classic A/B/n split: every arm equally likely regardless of results, the baseline bandits are measured against. */
public final class UniformSplit implements BanditPolicy {
    static final String NAME = "uniform";
    private final ArmStatistics stats;
    private final Variates random;

    public UniformSplit(int arms, long seed) {
        this(new ArmStatistics(arms), seed);
    }

    UniformSplit(ArmStatistics stats, long seed) {
        this.stats = stats;
        this.random = Variates.seeded(seed);
    }

    @Override
    public int chooseArm() {
        return random.nextInt(stats.arms());
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
