package io.marketpilot.experiments.stats;

import java.util.Arrays;
import java.util.Comparator;

/** Holm's step-down adjustment, controlling the family-wise error when several variants face one control. */
public final class HolmCorrection {
    private HolmCorrection() {}

    /**
     * Adjusted p-values in the input order: the i-th smallest is multiplied by (m - i), made monotone by a running
     * maximum and capped at 1, so {@code adjusted[j] <= alpha} is exactly Holm's rejection rule.
     */
    public static double[] adjust(double[] pValues) {
        int m = pValues.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            double p = pValues[i];
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("p-values must lie in [0, 1], got " + p);
            }
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[m];
        double runningMax = 0;
        for (int rank = 0; rank < m; rank++) {
            int index = order[rank];
            runningMax = Math.max(runningMax, Math.min(1, (m - rank) * pValues[index]));
            adjusted[index] = runningMax;
        }
        return adjusted;
    }

    public static boolean[] rejections(double[] pValues, double alpha) {
        double[] adjusted = adjust(pValues);
        boolean[] reject = new boolean[adjusted.length];
        for (int i = 0; i < adjusted.length; i++) {
            reject[i] = adjusted[i] <= alpha;
        }
        return reject;
    }
}
