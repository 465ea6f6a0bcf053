package io.marketpilot.profiling.features;

import java.util.Arrays;

/** Order statistics on primitive arrays (linear interpolation between order statistics, R's type 7). */
public final class Quantiles {
    private Quantiles() {}

    /** The q-quantile of the values, ignoring NaN; NaN when no value is left. */
    public static double of(double[] values, double q) {
        double[] sorted = sortedFinite(values);
        return ofSorted(sorted, q);
    }

    public static double median(double[] values) {
        return of(values, 0.5);
    }

    static double[] sortedFinite(double[] values) {
        double[] sorted = new double[values.length];
        int m = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sorted[m++] = v;
            }
        }
        sorted = Arrays.copyOf(sorted, m);
        Arrays.sort(sorted);
        return sorted;
    }

    static double ofSorted(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = q * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.length - 1);
        double fraction = position - lower;
        return sorted[lower] + fraction * (sorted[upper] - sorted[lower]);
    }
}
