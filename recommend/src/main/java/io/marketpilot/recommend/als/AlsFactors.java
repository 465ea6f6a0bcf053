package io.marketpilot.recommend.als;

/**
 * Trained user and item factor vectors as dense row-major arrays, with item norms for cosine similarity; scoring all
 * items for a user is one pass over contiguous memory.
 */
final class AlsFactors {
    private final int f;
    private final int users;
    private final int items;
    private final double[] userFactors;
    private final double[] itemFactors;
    private final double[] itemNorms;

    AlsFactors(int f, int users, int items, double[] userFactors, double[] itemFactors) {
        this.f = f;
        this.users = users;
        this.items = items;
        this.userFactors = userFactors;
        this.itemFactors = itemFactors;
        this.itemNorms = new double[items];
        for (int i = 0; i < items; i++) {
            itemNorms[i] = Math.sqrt(ConjugateGradientStep.dot(itemFactors, i * f, itemFactors, i * f, f));
        }
    }

    int items() {
        return items;
    }

    int users() {
        return users;
    }

    /** Predicted preference x_u · y_i of every item, into {@code out}. */
    void scoreAll(int user, double[] out) {
        int uo = user * f;
        for (int i = 0; i < items; i++) {
            out[i] = ConjugateGradientStep.dot(userFactors, uo, itemFactors, i * f, f);
        }
    }

    double score(int user, int item) {
        return ConjugateGradientStep.dot(userFactors, user * f, itemFactors, item * f, f);
    }

    /** Cosine of two item vectors; 0 when either is the zero vector (an item nobody took). */
    double cosine(int a, int b) {
        double norms = itemNorms[a] * itemNorms[b];
        return norms == 0 ? 0 : ConjugateGradientStep.dot(itemFactors, a * f, itemFactors, b * f, f) / norms;
    }
}
