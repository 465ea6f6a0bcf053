package io.marketpilot.experiments.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/** Pearson chi-square tests: goodness of fit to expected counts and independence in a contingency table. */
public final class ChiSquareTest {
    private ChiSquareTest() {}

    public static ChiSquareResult goodnessOfFit(long[] observed, double[] expected) {
        if (observed.length != expected.length || observed.length < 2) {
            throw new IllegalArgumentException("need matching observed and expected counts for at least two cells");
        }
        double statistic = 0;
        for (int i = 0; i < observed.length; i++) {
            if (!(expected[i] > 0)) {
                throw new IllegalArgumentException("expected count " + i + " must be positive, was " + expected[i]);
            }
            double d = observed[i] - expected[i];
            statistic += d * d / expected[i];
        }
        return result(statistic, observed.length - 1);
    }

    /** Independence of rows and columns; rows or columns that are entirely empty are not allowed. */
    public static ChiSquareResult independence(long[][] table) {
        int rows = table.length;
        int cols = rows == 0 ? 0 : table[0].length;
        if (rows < 2 || cols < 2) {
            throw new IllegalArgumentException("a contingency table needs at least 2 rows and 2 columns");
        }
        double[] rowSums = new double[rows];
        double[] colSums = new double[cols];
        double total = 0;
        for (int r = 0; r < rows; r++) {
            if (table[r].length != cols) {
                throw new IllegalArgumentException("contingency table rows must have equal length");
            }
            for (int c = 0; c < cols; c++) {
                rowSums[r] += table[r][c];
                colSums[c] += table[r][c];
                total += table[r][c];
            }
        }
        double statistic = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double expected = rowSums[r] * colSums[c] / total;
                if (!(expected > 0)) {
                    throw new IllegalArgumentException("row " + r + " or column " + c + " of the table is empty");
                }
                double d = table[r][c] - expected;
                statistic += d * d / expected;
            }
        }
        return result(statistic, (rows - 1) * (cols - 1));
    }

    private static ChiSquareResult result(double statistic, int df) {
        double p = ChiSquaredDistribution.of(df).survivalProbability(statistic);
        return new ChiSquareResult(statistic, df, p);
    }
}
