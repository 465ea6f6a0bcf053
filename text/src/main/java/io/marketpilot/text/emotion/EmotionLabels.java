package io.marketpilot.text.emotion;

import io.marketpilot.core.MarketPilotException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The emotion label set and how GoEmotions' 27 emotions (plus neutral) map onto it. The seven labels are the ones
 * a marketer acts on: love (advocates: love, admiration, gratitude, caring), joy (satisfied customers), anger
 * (complaints: anger, annoyance, disapproval, disgust), sadness (let-down: disappointment, remorse, …), fear
 * (hesitation: fear, nervousness), surprise (questions: confusion, curiosity, realization) and neutral, which is
 * what most reviews are. Our labels map onto themselves, so files already labelled with this set read as is.
 */
public final class EmotionLabels {
    public static final String JOY = "joy";
    public static final String LOVE = "love";
    public static final String SURPRISE = "surprise";
    public static final String SADNESS = "sadness";
    public static final String ANGER = "anger";
    public static final String FEAR = "fear";
    public static final String NEUTRAL = "neutral";

    /** The labels the shipped models predict, in a fixed order. */
    public static final List<String> ALL = List.of(JOY, LOVE, SURPRISE, SADNESS, ANGER, FEAR, NEUTRAL);

    private static final Map<String, String> SOURCE_TO_LABEL = sourceToLabel();

    private EmotionLabels() {}

    private static Map<String, String> sourceToLabel() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put(JOY, List.of("joy", "amusement", "excitement", "optimism", "relief", "pride", "desire", "approval"));
        groups.put(LOVE, List.of("love", "admiration", "gratitude", "caring"));
        groups.put(SURPRISE, List.of("surprise", "realization", "confusion", "curiosity"));
        groups.put(SADNESS, List.of("sadness", "disappointment", "embarrassment", "grief", "remorse"));
        groups.put(ANGER, List.of("anger", "annoyance", "disapproval", "disgust"));
        groups.put(FEAR, List.of("fear", "nervousness"));
        groups.put(NEUTRAL, List.of("neutral"));
        Map<String, String> map = new LinkedHashMap<>();
        groups.forEach((label, sources) -> sources.forEach(source -> map.put(source, label)));
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The label a source label maps to, or an invalid-input error for a label outside GoEmotions' 28. */
    public static String merge(String sourceLabel) {
        String label = SOURCE_TO_LABEL.get(sourceLabel.strip().toLowerCase(Locale.ROOT));
        if (label == null) {
            throw MarketPilotException.invalid("emotion label '" + sourceLabel + "' is not one of "
                    + SOURCE_TO_LABEL.keySet().stream().sorted().toList());
        }
        return label;
    }

    /** Every GoEmotions label and the label it maps to, in label order, for documentation. */
    public static Map<String, String> mapping() {
        return SOURCE_TO_LABEL;
    }
}
