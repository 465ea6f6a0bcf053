package io.marketpilot.experiments.bandit;

import io.marketpilot.experiments.random.Variates;
import java.util.Map;

/**
 * Thompson sampling for revenue: each arm's mean reward is believed N(sample mean, s²/n), the large-sample
 * posterior under a flat prior, and the arm with the highest draw is played.
 *
 * <p>Every arm is played twice first so that s² exists. Each arm's variance is then shrunk towards the variance of
 * all rewards pooled, with the weight of {@value #PRIOR_WEIGHT} observations: otherwise an arm whose first visits
 * all happened to bring no revenue would look certain to be worthless and never be tried again.
 */
public final class ThompsonGaussian implements BanditPolicy {
    static final String NAME = "thompson-gaussian";
    static final int PRIOR_WEIGHT = 10;
    private final ArmStatistics stats;
    private final Variates random;
    private final double[] draws;

    public ThompsonGaussian(int arms, long seed) {
        this(new ArmStatistics(arms), seed);
    }

    ThompsonGaussian(ArmStatistics stats, long seed) {
        this.stats = stats;
        this.random = Variates.seeded(seed);
        this.draws = new double[stats.arms()];
    }

    @Override
    public int chooseArm() {
        int unplayed = stats.firstUnplayed(2);
        if (unplayed >= 0) {
            return unplayed;
        }
        double pooled = pooledVariance();
        for (int i = 0; i < draws.length; i++) {
            long n = stats.pulls[i];
            double mean = stats.sums[i] / n;
            double ownSquares = Math.max(0, stats.squares[i] - n * mean * mean);
            double variance = (ownSquares + PRIOR_WEIGHT * pooled) / (n - 1 + PRIOR_WEIGHT);
            // Before any reward varies at all, a tiny spread still breaks ties at random instead of by index.
            draws[i] = mean + Math.sqrt(Math.max(variance, Double.MIN_NORMAL) / n) * random.normal();
        }
        return ArmStatistics.argMax(draws);
    }

    private double pooledVariance() {
        double n = 0;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < draws.length; i++) {
            n += stats.pulls[i];
            sum += stats.sums[i];
            squares += stats.squares[i];
        }
        return Math.max(0, (squares - sum * sum / n) / (n - 1));
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
