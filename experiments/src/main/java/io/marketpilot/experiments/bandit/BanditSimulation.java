package io.marketpilot.experiments.bandit;

import io.marketpilot.experiments.random.Seeds;
import io.marketpilot.experiments.random.Variates;
import java.util.ArrayList;
import java.util.List;

/** Plays a policy against Bernoulli arms with known rates, to compare policies by regret before trusting one. */
public final class BanditSimulation {
    private BanditSimulation() {}

    /** Runs the named policy (see {@link BanditPolicies#NAMES}) for {@code horizon} rounds. */
    public static BanditResult run(double[] arms, int horizon, String policy, long seed) {
        // Separate streams: the environment's conversions do not shift when a policy draws more or fewer numbers.
        BanditPolicy p = BanditPolicies.create(policy, arms.length, Seeds.derive(seed, 1));
        return run(arms, horizon, p, seed);
    }

    /** Runs an already built policy; {@code seed} drives only the environment's conversions. */
    public static BanditResult run(double[] arms, int horizon, BanditPolicy policy, long seed) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be positive, was " + horizon);
        }
        double best = Double.NEGATIVE_INFINITY;
        for (double rate : arms) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("arm rates must lie in [0, 1], got " + rate);
            }
            best = Math.max(best, rate);
        }
        Variates environment = Variates.seeded(Seeds.derive(seed, 0));
        long[] pulls = new long[arms.length];
        double regret = 0;
        double reward = 0;
        for (int t = 0; t < horizon; t++) {
            int arm = policy.chooseArm();
            double r = environment.bernoulli(arms[arm]) ? 1 : 0;
            policy.update(arm, r);
            pulls[arm]++;
            reward += r;
            // Pseudo-regret uses the known rates, not the realised rewards, so it is free of conversion noise.
            regret += best - arms[arm];
        }
        List<Long> pullList = new ArrayList<>(pulls.length);
        for (long n : pulls) {
            pullList.add(n);
        }
        return new BanditResult(policy.state().policy(), horizon, seed, regret, reward, pullList);
    }
}
