package io.marketpilot.experiments.bandit;

import java.util.List;

/**
 * The outcome of a simulated bandit run.
 *
 * @param policy the policy's name
 * @param horizon how many rounds were played
 * @param seed the seed that reproduces the run
 * @param regret expected (pseudo-)regret: Σ over rounds of best mean - mean of the arm played
 * @param reward total reward actually earned
 * @param pulls times each arm was played
 */
public record BanditResult(String policy, int horizon, long seed, double regret, double reward, List<Long> pulls) {
    public BanditResult {
        pulls = List.copyOf(pulls);
    }
}
