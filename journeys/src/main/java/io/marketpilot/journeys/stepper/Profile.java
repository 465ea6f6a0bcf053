package io.marketpilot.journeys.stepper;

import io.marketpilot.journeys.definition.Prediction;
import java.util.Map;
import java.util.Optional;

/**
 * What the models and the shop know about the customer now, for branches.
 *
 * @param features their profile features by name (absent ones make a feature condition false)
 * @param predictions their model figures (absent ones make a prediction condition false)
 * @param segment their segment in the latest segmentation run, if any
 * @param experimentArms the arm each experiment assigns them, by experiment id
 */
public record Profile(
        Map<String, Double> features,
        Map<Prediction, Double> predictions,
        Optional<Integer> segment,
        Map<String, String> experimentArms) {
    public static final Profile UNKNOWN = new Profile(Map.of(), Map.of(), Optional.empty(), Map.of());

    public Profile {
        features = Map.copyOf(features);
        predictions = Map.copyOf(predictions);
        experimentArms = Map.copyOf(experimentArms);
    }
}
