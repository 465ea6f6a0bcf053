package io.marketpilot.text.sentiment.learned;

/**
 * The training rows of a linear model as the optimiser sees them: a dot product with one weight row and a scaled
 * add into one gradient row. Dense rows ({@link DenseRows}) and sparse ones ({@link SparseRows}) share one
 * optimiser this way; each walks its features in ascending index order, so the sums are reproducible.
 */
public interface FeatureRows {

    /** The number of rows. */
    int size();

    /** The number of features of every row. */
    int dimension();

    /** {@code start} plus the dot product of row {@code row} with {@code theta[offset .. offset+dimension)}. */
    double dot(int row, double[] theta, int offset, double start);

    /** Adds {@code scale} times row {@code row} into {@code gradient[offset .. offset+dimension)}. */
    void addTo(int row, double scale, double[] gradient, int offset);

    /** Whether every stored feature value of row {@code row} is finite. */
    boolean isFinite(int row);
}
