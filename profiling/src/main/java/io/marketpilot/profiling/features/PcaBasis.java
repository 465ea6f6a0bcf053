package io.marketpilot.profiling.features;

import io.marketpilot.core.MarketPilotException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Principal components of the scaled feature matrix, from the eigen-decomposition of its covariance (Commons Math
 * {@link EigenDecomposition}; d is small, so the d×d decomposition costs nothing next to the n×d² covariance).
 * Each component's sign is fixed so that its largest loading is positive, which makes the basis deterministic.
 *
 * @param mean column means the components are centred on
 * @param components kept components, row-major {@code kept × dimension}
 * @param dimension the input dimension
 * @param eigenvalues variances along all components, descending
 */
public record PcaBasis(double[] mean, double[] components, int dimension, double[] eigenvalues) {

    public int kept() {
        return components.length / dimension;
    }

    /** The share of total variance the kept components explain. */
    public double explainedVariance() {
        double total = Arrays.stream(eigenvalues).sum();
        double kept = Arrays.stream(eigenvalues, 0, kept()).sum();
        return total > 0 ? kept / total : 1.0;
    }

    /** The two leading components of row-major {@code data}, for a 2-D map of the customers. */
    public static PcaBasis plane(double[] data, int n, int d) {
        PcaBasis all = fit(data, n, d, 1.0);
        int kept = Math.min(2, all.kept());
        return new PcaBasis(all.mean(), java.util.Arrays.copyOf(all.components(), kept * d), d, all.eigenvalues());
    }

    static PcaBasis fit(double[] data, int n, int d, double varianceToKeep) {
        if (n < 2) {
            throw MarketPilotException.invalid("PCA needs at least 2 rows, got " + n);
        }
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += data[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[][] covariance = covariance(data, n, d, mean);
        var eigen = new EigenDecomposition(new Array2DRowRealMatrix(covariance, false));
        double[] values = eigen.getRealEigenvalues();
        Integer[] order = IntStream.range(0, d).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -values[i]));
        double[] sortedValues = new double[d];
        double total = 0;
        for (int i = 0; i < d; i++) {
            sortedValues[i] = Math.max(0.0, values[order[i]]);
            total += sortedValues[i];
        }
        int kept = 0;
        double explained = 0;
        while (kept < d && (kept == 0 || explained < varianceToKeep * total - 1e-12 * total)) {
            explained += sortedValues[kept++];
        }
        double[] components = new double[kept * d];
        for (int c = 0; c < kept; c++) {
            double[] vector = eigen.getEigenvector(order[c]).toArray();
            int largest = 0;
            for (int j = 1; j < d; j++) {
                if (Math.abs(vector[j]) > Math.abs(vector[largest])) {
                    largest = j;
                }
            }
            double sign = vector[largest] < 0 ? -1 : 1;
            for (int j = 0; j < d; j++) {
                components[c * d + j] = sign * vector[j];
            }
        }
        return new PcaBasis(mean, components, d, sortedValues);
    }

    private static double[][] covariance(double[] data, int n, int d, double[] mean) {
        double[][] cov = new double[d][d];
        double[] centred = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centred[j] = data[i * d + j] - mean[j];
            }
            for (int a = 0; a < d; a++) {
                for (int b = a; b < d; b++) {
                    cov[a][b] += centred[a] * centred[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                cov[a][b] /= n - 1;
                cov[b][a] = cov[a][b];
            }
        }
        return cov;
    }

    /** Coordinates of a point on the kept components. */
    public double[] project(double[] point, int offset, double[] out, int outOffset) {
        int m = kept();
        for (int c = 0; c < m; c++) {
            double sum = 0;
            for (int j = 0; j < dimension; j++) {
                sum += (point[offset + j] - mean[j]) * components[c * dimension + j];
            }
            out[outOffset + c] = sum;
        }
        return out;
    }

    /** The point in the input space whose projection is {@code coordinates} (exact when every component is kept). */
    public double[] reconstruct(double[] coordinates) {
        double[] point = mean.clone();
        int m = kept();
        for (int c = 0; c < m; c++) {
            for (int j = 0; j < dimension; j++) {
                point[j] += coordinates[c] * components[c * dimension + j];
            }
        }
        return point;
    }
}
