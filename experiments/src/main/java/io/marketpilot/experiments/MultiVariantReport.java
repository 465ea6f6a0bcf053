package io.marketpilot.experiments;

import java.util.List;

/**
 * The verdict on a test of a control against several challengers.
 *
 * @param challengers each challenger against the control, Holm-corrected
 * @param probabilityToBeBest posterior probability that each variant (control first) has the highest rate
 * @param alpha the family-wise error rate
 * @param method how the numbers were computed
 */
public record MultiVariantReport(
        List<ChallengerResult> challengers, List<Double> probabilityToBeBest, double alpha, String method) {
    public MultiVariantReport {
        challengers = List.copyOf(challengers);
        probabilityToBeBest = List.copyOf(probabilityToBeBest);
    }
}
