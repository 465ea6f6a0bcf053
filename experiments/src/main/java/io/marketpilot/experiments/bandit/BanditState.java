package io.marketpilot.experiments.bandit;

import java.util.List;
import java.util.Map;

/**
 * An exportable snapshot of a bandit policy: its name, parameters and per-arm sufficient statistics. The random
 * stream's position is deliberately not part of it; a restored policy draws from the seed it is restored with.
 *
 * @param policy the policy name, as accepted by {@link BanditPolicies#create}
 * @param parameters named tuning values, e.g. {@code epsilon}
 * @param pulls times each arm was played
 * @param rewardSums total reward per arm
 * @param rewardSquareSums total squared reward per arm (for variance-aware policies)
 */
public record BanditState(
        String policy,
        Map<String, Double> parameters,
        List<Long> pulls,
        List<Double> rewardSums,
        List<Double> rewardSquareSums) {
    public BanditState {
        parameters = Map.copyOf(parameters);
        pulls = List.copyOf(pulls);
        rewardSums = List.copyOf(rewardSums);
        rewardSquareSums = List.copyOf(rewardSquareSums);
        if (pulls.size() != rewardSums.size() || pulls.size() != rewardSquareSums.size() || pulls.isEmpty()) {
            throw new IllegalArgumentException("per-arm statistics must be non-empty and of equal length");
        }
    }

    public int arms() {
        return pulls.size();
    }
}
