package io.marketpilot.profiling.persona;

/**
 * One feature of one segment against the whole population.
 *
 * @param column the feature column name
 * @param segmentMean mean in original units
 * @param segmentMedian median in original units
 * @param populationMean mean over every segmented customer, original units
 * @param populationMedian median over every segmented customer, original units
 * @param z (segment mean − population mean) / population sd, both on the column's analysis scale (log1p for
 *     heavy-tailed columns, so that a few whales do not dominate); 0 when the population does not vary
 */
public record FeatureStat(
        String column,
        double segmentMean,
        double segmentMedian,
        double populationMean,
        double populationMedian,
        double z) {

    /** Segment mean over population mean; NaN when the population mean is zero. */
    public double ratio() {
        return populationMean != 0 ? segmentMean / populationMean : Double.NaN;
    }
}
