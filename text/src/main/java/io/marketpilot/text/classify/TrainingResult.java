package io.marketpilot.text.classify;

import java.util.Objects;

/** A trained classifier and the report of how it was chosen and how well it does out of fold. */
public record TrainingResult(TextClassifier classifier, TrainingReport report) {
    public TrainingResult {
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(report, "report");
    }
}
