package io.marketpilot.app.classify;

import io.marketpilot.core.classifier.ClassifierVersion;
import java.time.Instant;
import java.util.List;

/**
 * A classifier version as the CLI and the API print it: what it learned and its out-of-fold figures, whether it answers
 * for its name; the training report is fetched on its own.
 */
public record ClassifierSummary(
        String name,
        int version,
        boolean active,
        Instant trainedAt,
        String language,
        List<String> labels,
        int examples,
        double accuracy,
        double macroF1) {
    public static ClassifierSummary of(ClassifierVersion v) {
        return new ClassifierSummary(
                v.name(),
                v.version(),
                v.active(),
                v.trainedAt(),
                v.language(),
                v.labels(),
                v.examples(),
                v.accuracy(),
                v.macroF1());
    }
}
