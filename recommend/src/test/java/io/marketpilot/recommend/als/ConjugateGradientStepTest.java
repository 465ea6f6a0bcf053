package io.marketpilot.recommend.als;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.recommend.data.CsrMatrix;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConjugateGradientStepTest {
    /** The exact implicit-ALS row solution by Gaussian elimination on the formed normal equations. */
    private static double[] directSolve(
            double[] y, int f, int items, int[] cols, double[] weights, double lambda, double alpha) {
        double[][] a = new double[f][f + 1];
        for (int i = 0; i < items; i++) {
            double confidence = 1;
            double preference = 0;
            for (int k = 0; k < cols.length; k++) {
                if (cols[k] == i) {
                    confidence = 1 + alpha * weights[k];
                    preference = 1;
                }
            }
            for (int r = 0; r < f; r++) {
                for (int c = 0; c < f; c++) {
                    a[r][c] += confidence * y[i * f + r] * y[i * f + c];
                }
                a[r][f] += confidence * preference * y[i * f + r];
            }
        }
        for (int r = 0; r < f; r++) {
            a[r][r] += lambda;
        }
        for (int p = 0; p < f; p++) {
            for (int r = p + 1; r < f; r++) {
                double factor = a[r][p] / a[p][p];
                for (int c = p; c <= f; c++) {
                    a[r][c] -= factor * a[p][c];
                }
            }
        }
        double[] x = new double[f];
        for (int r = f - 1; r >= 0; r--) {
            double sum = a[r][f];
            for (int c = r + 1; c < f; c++) {
                sum -= a[r][c] * x[c];
            }
            x[r] = sum / a[r][r];
        }
        return x;
    }

    @Test
    void convergesToTheExactSolutionOfTheNormalEquations() {
        int f = 6;
        int items = 30;
        SplittableRandom random = new SplittableRandom(3);
        double[] y = new double[items * f];
        for (int k = 0; k < y.length; k++) {
            y[k] = random.nextDouble() - 0.5;
        }
        int[] cols = {2, 5, 11, 17, 29};
        double[] weights = {1, 3, 1, 2, 1};
        double lambda = 0.5;
        double alpha = 4;
        CsrMatrix row = CsrMatrix.ofRows(items, new int[][] {cols}, new double[][] {weights});
        double[] x = new double[f];

        // f steps of exact-arithmetic CG solve an f-dimensional system; a few more absorb rounding
        ConjugateGradientStep.solve(x, 0, y, AlsTrainer.gram(y, f, lambda), row, alpha, f, 3 * f);

        double[] expected = directSolve(y, f, items, cols, weights, lambda, alpha);
        for (int k = 0; k < f; k++) {
            assertThat(x[k]).isCloseTo(expected[k], within(1e-9));
        }
    }
}
