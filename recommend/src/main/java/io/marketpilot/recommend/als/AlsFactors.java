package io.marketpilot.recommend.als;

import java.util.Arrays;

/**
 * Trained user and item factor vectors as dense arrays, with item norms for cosine similarity.
 *
 * <p>Item factors are also kept factor-major (all items' first factor, then all items' second, …) so that scoring
 * every item is f passes of {@code scores[i] += x_k · y_k[i]}, a loop without a reduction that the JIT vectorises;
 * a dot product per item would be a serial floating-point reduction. That copy is single precision: for a large
 * catalogue scoring is bound by memory bandwidth, and float halves the bytes; ranks are insensitive to the 1e-7
 * relative rounding, and training stays in double.
 */
final class AlsFactors {
    private final int f;
    private final int items;
    private final double[] userFactors;
    private final double[] itemFactors;
    private final double[] itemNorms;
    private final float[] itemFactorsByFactor;

    AlsFactors(int f, int items, double[] userFactors, double[] itemFactors) {
        this.f = f;
        this.items = items;
        this.userFactors = userFactors;
        this.itemFactors = itemFactors;
        this.itemFactorsByFactor = new float[items * f];
        for (int i = 0; i < items; i++) {
            for (int k = 0; k < f; k++) {
                itemFactorsByFactor[k * items + i] = (float) itemFactors[i * f + k];
            }
        }
        this.itemNorms = new double[items];
        for (int i = 0; i < items; i++) {
            itemNorms[i] = Math.sqrt(ConjugateGradientStep.dot(itemFactors, i * f, itemFactors, i * f, f));
        }
    }

    int items() {
        return items;
    }

    /** Predicted preference x_u · y_i of every item, into {@code out}. */
    void scoreAll(int user, double[] out) {
        Arrays.fill(out, 0, items, 0.0);
        for (int k = 0; k < f; k++) {
            double xk = userFactors[user * f + k];
            int offset = k * items;
            for (int i = 0; i < items; i++) {
                out[i] += xk * itemFactorsByFactor[offset + i];
            }
        }
    }

    /** Cosine of two item vectors; 0 when either is the zero vector (an item nobody took). */
    double cosine(int a, int b) {
        double norms = itemNorms[a] * itemNorms[b];
        return norms == 0 ? 0 : ConjugateGradientStep.dot(itemFactors, a * f, itemFactors, b * f, f) / norms;
    }
}
