package io.marketpilot.experiments.sequential;

import io.marketpilot.experiments.random.Seeds;
import io.marketpilot.experiments.stats.TwoProportionZTest;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.DiscreteDistribution;

/**
 * Shows why peeking at a fixed-horizon test is wrong and the mSPRT is not: it runs seeded A/A experiments (both arms
 * share one rate), looks every day, and counts how often each test declares a difference that cannot exist.
 */
public final class PeekingSimulation {
    private PeekingSimulation() {}

    public static PeekingResult run(PeekingSetup setup, long seed) {
        UniformRandomProvider rng = Seeds.rng(seed);
        DiscreteDistribution.Sampler daily = BinomialDistribution.of(setup.visitorsPerArmPerDay(), setup.baseline())
                .createSampler(rng);
        MixtureSprt sprt = new MixtureSprt(setup.tau2(), setup.alpha());
        int naive = 0;
        int sequential = 0;
        int finalLook = 0;
        for (int e = 0; e < setup.experiments(); e++) {
            int days = setup.minDays() + rng.nextInt(setup.maxDays() - setup.minDays() + 1);
            long convA = 0;
            long convB = 0;
            boolean naiveStopped = false;
            boolean sequentialStopped = false;
            double lastP = 1;
            SequentialState state = SequentialState.initial();
            for (int day = 1; day <= days; day++) {
                convA += daily.sample();
                convB += daily.sample();
                long n = (long) day * setup.visitorsPerArmPerDay();
                lastP = TwoProportionZTest.test(convA, n, convB, n).pValue();
                naiveStopped |= lastP < setup.alpha();
                state = sprt.nextProportions(state, convA, n, convB, n);
                sequentialStopped |= state.rejects(setup.alpha());
            }
            naive += naiveStopped ? 1 : 0;
            sequential += sequentialStopped ? 1 : 0;
            finalLook += lastP < setup.alpha() ? 1 : 0;
        }
        double count = setup.experiments();
        return new PeekingResult(setup, seed, naive / count, sequential / count, finalLook / count);
    }
}
