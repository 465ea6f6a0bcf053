package io.marketpilot.profiling.features;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fitted preparation of cluster columns (per-column signed log1p, robust scaling, optional PCA) with its
 * inverse, so that centroids found in the scaled space can be reported in original units.
 *
 * @param columns the cluster columns, in output order before PCA
 * @param sourceColumns each column's index in the snapshot matrix
 * @param center per column: median on the analysis scale
 * @param scale per column: IQR on the analysis scale, or its fallback (see {@link FeatureTransformer})
 * @param clip scaled values are clipped to ±clip
 * @param pca the principal components, when asked for
 */
public record FittedTransform(
        List<FeatureColumn> columns,
        int[] sourceColumns,
        double[] center,
        double[] scale,
        double clip,
        Optional<PcaBasis> pca) {

    public FittedTransform {
        columns = List.copyOf(columns);
    }

    public int outputDimension() {
        return pca.map(PcaBasis::kept).orElse(columns.size());
    }

    /** Transforms every row of the snapshot matrix into a flat row-major array of {@link #outputDimension()}. */
    public double[] apply(double[][] matrix) {
        int d = columns.size();
        int out = outputDimension();
        double[] scaled = new double[matrix.length * d];
        for (int i = 0; i < matrix.length; i++) {
            for (int j = 0; j < d; j++) {
                double value = columns.get(j).toAnalysisScale(matrix[i][sourceColumns[j]]);
                scaled[i * d + j] = Math.max(-clip, Math.min(clip, (value - center[j]) / scale[j]));
            }
        }
        if (pca.isEmpty()) {
            return scaled;
        }
        double[] projected = new double[matrix.length * out];
        for (int i = 0; i < matrix.length; i++) {
            pca.get().project(scaled, i * d, projected, i * out);
        }
        return projected;
    }

    /**
     * Maps a point of the transformed space back to original units, one value per cluster column. A centroid
     * maps to the back-transform of a mean of logs, which is nearer a geometric than an arithmetic mean; with
     * PCA keeping fewer components it is the reconstruction of the point.
     */
    public double[] toOriginal(double[] point) {
        double[] scaled = pca.map(p -> p.reconstruct(point)).orElse(point);
        double[] original = new double[columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            original[j] = columns.get(j).fromAnalysisScale(scaled[j] * scale[j] + center[j]);
        }
        return original;
    }

    /** The steps and their parameters, kept with every segmentation run as provenance. */
    public String describe() {
        String base = "signed-log1p(heavy-tailed columns) + robust-scale(median, IQR; 1.349*sd when IQR=0) + clip(±"
                + clip + ")";
        return pca.map(p -> base
                        + String.format(
                                Locale.ROOT,
                                " + pca(%d of %d components, %.1f%% of variance)",
                                p.kept(),
                                columns.size(),
                                100 * p.explainedVariance()))
                .orElse(base);
    }
}
