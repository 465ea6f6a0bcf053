package io.marketpilot.text.emotion;

import java.util.Map;
import java.util.Objects;

/**
 * The most probable emotion of a text, the probability of every label (in {@link EmotionLabels#ALL} order) and
 * the model that produced them.
 */
public record EmotionScore(String label, double confidence, Map<String, Double> scores, String model) {
    public EmotionScore {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(model, "model");
        scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
    }
}
