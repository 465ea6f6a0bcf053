package io.marketpilot.text.emotion;

import io.marketpilot.core.MarketPilotException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The emotion label set and how the nine labels of the training corpus map onto it. Disgust is folded into anger
 * and guilt into shame: both pairs are small (under 900 rows each), confused with each other in the source
 * corpora, and a marketer acts on them the same way.
 */
public final class EmotionLabels {
    public static final String JOY = "joy";
    public static final String SADNESS = "sadness";
    public static final String ANGER = "anger";
    public static final String FEAR = "fear";
    public static final String SURPRISE = "surprise";
    public static final String LOVE = "love";
    public static final String SHAME = "shame";

    /** The labels the shipped head predicts, in a fixed order. */
    public static final List<String> ALL = List.of(JOY, LOVE, SURPRISE, SADNESS, ANGER, FEAR, SHAME);

    private static final Map<String, String> SOURCE_TO_LABEL = Map.of(
            "joy", JOY,
            "love", LOVE,
            "surprise", SURPRISE,
            "sadness", SADNESS,
            "anger", ANGER,
            "disgust", ANGER,
            "fear", FEAR,
            "shame", SHAME,
            "guilt", SHAME);

    private EmotionLabels() {}

    /** The label a source label merges into, or an invalid-input error for a label outside the corpus's nine. */
    public static String merge(String sourceLabel) {
        String label = SOURCE_TO_LABEL.get(sourceLabel.strip().toLowerCase(Locale.ROOT));
        if (label == null) {
            throw MarketPilotException.invalid("emotion label '" + sourceLabel + "' is not one of "
                    + SOURCE_TO_LABEL.keySet().stream().sorted().toList());
        }
        return label;
    }

    /** The source labels merged into each label, for documentation. */
    public static Map<String, String> mapping() {
        return SOURCE_TO_LABEL;
    }
}
