package io.marketpilot.app.classify;

import java.util.List;

/**
 * How a classifier labels the stored reviews of a filter: reviews per label, most frequent first. Reviews in the other
 * language, and reviews the listening pipeline has not embedded yet, are counted apart, not guessed.
 *
 * @param classified reviews classified (from their stored embedding where the model reads one: none is embedded twice)
 */
public record ReviewClasses(
        String classifier,
        int version,
        String language,
        int reviews,
        int declined,
        int notAnalysed,
        int classified,
        List<LabelCount> labels) {
    public ReviewClasses {
        labels = List.copyOf(labels);
    }

    /** Reviews with one label, and their share of the classified reviews. */
    public record LabelCount(String label, int reviews, double share) {}
}
