package io.marketpilot.text.classify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The most probable label of a text, its calibrated probability, every label's probability (in the classifier's
 * label order, summing to 1) and the model that produced them.
 */
public record Prediction(String label, double confidence, Map<String, Double> probabilities, String model) {
    public Prediction {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(model, "model");
        probabilities = Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
    }
}
