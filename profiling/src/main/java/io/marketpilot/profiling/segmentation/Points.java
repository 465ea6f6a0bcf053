package io.marketpilot.profiling.segmentation;

import io.marketpilot.core.MarketPilotException;

/**
 * n points of dimension d in one flat row-major array, the layout the hot loops read. The array is shared, not
 * copied: treat it as read-only.
 *
 * @param data {@code n * d} finite values, point i at {@code [i*d, (i+1)*d)}
 * @param n number of points
 * @param d dimension
 */
public record Points(double[] data, int n, int d) {
    public Points {
        if (n < 1 || d < 1) {
            throw MarketPilotException.invalid("need at least one point of at least one dimension, got " + n + "×" + d);
        }
        if (data.length != (long) n * d) {
            throw MarketPilotException.invalid("expected " + n + "×" + d + " values, got " + data.length);
        }
        for (int i = 0; i < data.length; i++) {
            if (!Double.isFinite(data[i])) {
                throw MarketPilotException.invalid(
                        "point " + (i / d) + " has a non-finite value in dimension " + (i % d));
            }
        }
    }

    public static Points of(double[][] rows) {
        if (rows.length == 0) {
            throw MarketPilotException.invalid("need at least one point");
        }
        int d = rows[0].length;
        double[] data = new double[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != d) {
                throw MarketPilotException.invalid("point " + i + " has " + rows[i].length + " values, expected " + d);
            }
            System.arraycopy(rows[i], 0, data, i * d, d);
        }
        return new Points(data, rows.length, d);
    }

    public double[] row(int i) {
        double[] row = new double[d];
        System.arraycopy(data, i * d, row, 0, d);
        return row;
    }

    /** Squared Euclidean distance from point i to {@code centres[c*d, (c+1)*d)}. */
    public double squaredDistance(int i, double[] centres, int c) {
        return squaredDistance(data, i * d, centres, c * d, d);
    }

    /**
     * Squared distance between {@code x[a, a+d)} and {@code y[b, b+d)}. Four independent accumulators: one running sum is bound by the latency of each addition, four keep the
     * floating-point units busy.
     */
    public static double squaredDistance(double[] x, int a, double[] y, int b, int d) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < d; j += 4) {
            double e0 = x[a + j] - y[b + j];
            double e1 = x[a + j + 1] - y[b + j + 1];
            double e2 = x[a + j + 2] - y[b + j + 2];
            double e3 = x[a + j + 3] - y[b + j + 3];
            s0 += e0 * e0;
            s1 += e1 * e1;
            s2 += e2 * e2;
            s3 += e3 * e3;
        }
        for (; j < d; j++) {
            double e = x[a + j] - y[b + j];
            s0 += e * e;
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * The number of distinct points, counting no further than {@code limit}; cheap when the data is varied since
     * it stops as soon as {@code limit} distinct points are seen.
     */
    public int distinctAtMost(int limit) {
        int[] found = new int[Math.max(1, limit)];
        int count = 0;
        for (int i = 0; i < n && count < limit; i++) {
            boolean seen = false;
            for (int f = 0; f < count && !seen; f++) {
                seen = sameRow(i, found[f]);
            }
            if (!seen) {
                found[count++] = i;
            }
        }
        return count;
    }

    private boolean sameRow(int a, int b) {
        for (int j = 0; j < d; j++) {
            if (Double.compare(data[a * d + j], data[b * d + j]) != 0) {
                return false;
            }
        }
        return true;
    }
}
