package io.marketpilot.app.classify;

import io.marketpilot.text.classify.ClassifierOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One text's answer from a classifier, as the CLI and the API print it: its label, calibrated confidence and every
 * label's probability, or the language it was read as and why the model declined it.
 */
public record ClassifiedText(
        String id,
        @Nullable String label,
        @Nullable Double confidence,
        @Nullable Map<String, Double> probabilities,
        @Nullable String model,
        @Nullable String language,
        @Nullable String error) {

    /** The answers for texts with these ids, in order. */
    public static List<ClassifiedText> of(List<String> ids, List<ClassifierOutcome> outcomes) {
        List<ClassifiedText> out = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            out.add(
                    switch (outcomes.get(i)) {
                        case ClassifierOutcome.Classified c ->
                            new ClassifiedText(
                                    ids.get(i),
                                    c.prediction().label(),
                                    c.prediction().confidence(),
                                    c.prediction().probabilities(),
                                    c.prediction().model(),
                                    null,
                                    null);
                        case ClassifierOutcome.NotClassified n ->
                            new ClassifiedText(ids.get(i), null, null, null, null, n.language(), n.reason());
                    });
        }
        return out;
    }
}
