package io.marketpilot.recommend.als;

import io.marketpilot.recommend.data.CsrMatrix;
import io.marketpilot.recommend.data.Interactions;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Alternating least squares for implicit feedback (Hu, Koren and Volinsky 2008): preference 1 for every observed
 * cell with confidence {@code 1 + α·weight}, preference 0 with confidence 1 elsewhere.
 *
 * <p>Deterministic for a seed whatever the thread count: the initial factors are drawn sequentially, the Gram
 * matrix is summed sequentially, and each row's update reads only the other side's fixed factors.
 */
final class AlsTrainer {
    private AlsTrainer() {}

    static AlsFactors train(Interactions data, AlsParameters parameters) {
        int f = parameters.factors();
        int users = data.users().size();
        int items = data.items().size();
        SplittableRandom random = new SplittableRandom(parameters.seed());
        // small random start as in implicit: zero would leave CG nothing to move from, large would slow it down
        double[] userFactors = new double[users * f];
        double[] itemFactors = new double[items * f];
        for (int k = 0; k < userFactors.length; k++) {
            userFactors[k] = random.nextDouble() * 0.01;
        }
        for (int k = 0; k < itemFactors.length; k++) {
            itemFactors[k] = random.nextDouble() * 0.01;
        }
        for (int iteration = 0; iteration < parameters.iterations(); iteration++) {
            sweep(userFactors, itemFactors, data.userItems(), parameters);
            sweep(itemFactors, userFactors, data.itemUsers(), parameters);
        }
        return new AlsFactors(f, items, userFactors, itemFactors);
    }

    private static void sweep(double[] solved, double[] fixed, CsrMatrix ratings, AlsParameters parameters) {
        int f = parameters.factors();
        double[] gram = gram(fixed, f, parameters.regularization());
        IntStream.range(0, ratings.rows())
                .parallel()
                .forEach(row -> ConjugateGradientStep.solve(
                        solved, row, fixed, gram, ratings, parameters.alpha(), f, parameters.cgSteps()));
    }

    /** {@code YᵀY + λI}, row-major. */
    static double[] gram(double[] y, int f, double lambda) {
        double[] gram = new double[f * f];
        for (int o = 0; o < y.length; o += f) {
            for (int a = 0; a < f; a++) {
                double ya = y[o + a];
                if (ya == 0) {
                    continue;
                }
                for (int b = a; b < f; b++) {
                    gram[a * f + b] += ya * y[o + b];
                }
            }
        }
        for (int a = 0; a < f; a++) {
            gram[a * f + a] += lambda;
            for (int b = 0; b < a; b++) {
                gram[a * f + b] = gram[b * f + a];
            }
        }
        return gram;
    }
}
