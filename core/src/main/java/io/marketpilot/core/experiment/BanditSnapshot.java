package io.marketpilot.core.experiment;

import java.util.List;
import java.util.Map;

/**
 * What a bandit experiment has learned, as the store keeps it: the policy's name, parameters and per-arm statistics.
 * It mirrors the experiments module's exported policy state, which the store cannot name, field for field.
 *
 * @param policy the policy name, e.g. {@code thompson}
 * @param parameters named tuning values, e.g. {@code epsilon}
 * @param pulls times each arm was played
 * @param rewardSums total reward per arm
 * @param rewardSquareSums total squared reward per arm
 */
public record BanditSnapshot(
        String policy,
        Map<String, Double> parameters,
        List<Long> pulls,
        List<Double> rewardSums,
        List<Double> rewardSquareSums) {
    public BanditSnapshot {
        parameters = Map.copyOf(parameters);
        pulls = List.copyOf(pulls);
        rewardSums = List.copyOf(rewardSums);
        rewardSquareSums = List.copyOf(rewardSquareSums);
    }
}
