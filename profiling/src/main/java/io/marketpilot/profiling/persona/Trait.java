package io.marketpilot.profiling.persona;

/**
 * A feature that sets a segment apart, with its numbers and one plain sentence.
 *
 * @param feature column name
 * @param zScore z-score of the segment mean (see {@link FeatureStat#z()})
 * @param segmentMedian the segment's median, original units
 * @param populationMedian the population's median, original units
 * @param ratio segment mean / population mean; NaN when the population mean is zero
 * @param text e.g. "orders 6.2× as often as average (median 14 orders)"
 */
public record Trait(
        String feature, double zScore, double segmentMedian, double populationMedian, double ratio, String text) {}
