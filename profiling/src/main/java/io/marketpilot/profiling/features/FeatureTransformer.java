package io.marketpilot.profiling.features;

import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fits the preparation of a snapshot's cluster columns for k-means.
 *
 * <p>Robust scaling centres on the median and divides by the interquartile range, so a few whales do not squash
 * everybody else into one point. When the IQR is zero (more than half the customers share a value, e.g. no
 * returns) the column falls back to 1.349 standard deviations, the IQR of a normal distribution, to keep its
 * weight comparable; a constant column gets scale 1 and so contributes nothing.
 */
public final class FeatureTransformer {
    private static final double NORMAL_IQR_IN_SD = 1.349;

    public FittedTransform fit(FeatureSnapshot snapshot, TransformOptions options) {
        List<FeatureColumn> columns = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        List<FeatureColumn> all = snapshot.definition().columns();
        for (int c = 0; c < all.size(); c++) {
            if (all.get(c).clusters()) {
                columns.add(all.get(c));
                sources.add(c);
            }
        }
        if (columns.isEmpty()) {
            throw MarketPilotException.invalid("the feature definition has no cluster columns");
        }
        int n = snapshot.rows();
        int d = columns.size();
        double[] center = new double[d];
        double[] scale = new double[d];
        double[] values = new double[n];
        for (int j = 0; j < d; j++) {
            FeatureColumn column = columns.get(j);
            int source = sources.get(j);
            for (int i = 0; i < n; i++) {
                values[i] = column.toAnalysisScale(snapshot.matrix()[i][source]);
            }
            double[] sorted = Quantiles.sortedFinite(values);
            center[j] = Quantiles.ofSorted(sorted, 0.5);
            scale[j] = robustScale(sorted);
        }
        int[] sourceColumns = sources.stream().mapToInt(Integer::intValue).toArray();
        var withoutPca = new FittedTransform(columns, sourceColumns, center, scale, options.clip(), Optional.empty());
        if (!options.pca()) {
            return withoutPca;
        }
        double[] scaled = withoutPca.apply(snapshot.matrix());
        var basis = PcaBasis.fit(scaled, n, d, options.pcaVariance());
        return new FittedTransform(columns, sourceColumns, center, scale, options.clip(), Optional.of(basis));
    }

    static double robustScale(double[] sorted) {
        double iqr = Quantiles.ofSorted(sorted, 0.75) - Quantiles.ofSorted(sorted, 0.25);
        if (iqr > 0) {
            return iqr;
        }
        double mean = 0;
        for (double v : sorted) {
            mean += v;
        }
        mean /= Math.max(1, sorted.length);
        double squares = 0;
        for (double v : sorted) {
            squares += (v - mean) * (v - mean);
        }
        double sd = sorted.length > 1 ? Math.sqrt(squares / (sorted.length - 1)) : 0;
        return sd > 0 ? NORMAL_IQR_IN_SD * sd : 1.0;
    }
}
