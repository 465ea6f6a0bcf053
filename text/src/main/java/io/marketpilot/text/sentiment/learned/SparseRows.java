package io.marketpilot.text.sentiment.learned;

import io.marketpilot.core.MarketPilotException;

/**
 * Rows that store only their non-zero features: per row, strictly ascending feature indices and their values
 * (n-gram counts, with an embedding appended as a run of dense indices at the end).
 */
public final class SparseRows implements FeatureRows {
    private final int[][] indices;
    private final double[][] values;
    private final int dimension;

    public SparseRows(int[][] indices, double[][] values, int dimension) {
        if (indices.length == 0 || indices.length != values.length) {
            throw MarketPilotException.invalid("need at least one row and one value array per index array");
        }
        for (int i = 0; i < indices.length; i++) {
            if (indices[i].length != values[i].length) {
                throw MarketPilotException.invalid(
                        "row " + i + " has " + indices[i].length + " indices but " + values[i].length + " values");
            }
            for (int k = 0; k < indices[i].length; k++) {
                int index = indices[i][k];
                if (index < 0 || index >= dimension || (k > 0 && index <= indices[i][k - 1])) {
                    throw MarketPilotException.invalid(
                            "row " + i + " has indices that are not ascending within 0.." + (dimension - 1));
                }
            }
        }
        this.indices = indices;
        this.values = values;
        this.dimension = dimension;
    }

    /** The rows at {@code rows}, in that order, sharing this instance's arrays. */
    public SparseRows subset(int[] rows) {
        int[][] i = new int[rows.length][];
        double[][] v = new double[rows.length][];
        for (int k = 0; k < rows.length; k++) {
            i[k] = indices[rows[k]];
            v[k] = values[rows[k]];
        }
        return new SparseRows(i, v, dimension);
    }

    public int[] indices(int row) {
        return indices[row];
    }

    public double[] values(int row) {
        return values[row];
    }

    @Override
    public int size() {
        return indices.length;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double dot(int row, double[] theta, int offset, double start) {
        double z = start;
        int[] at = indices[row];
        double[] v = values[row];
        for (int k = 0; k < at.length; k++) {
            z += theta[offset + at[k]] * v[k];
        }
        return z;
    }

    @Override
    public void addTo(int row, double scale, double[] gradient, int offset) {
        int[] at = indices[row];
        double[] v = values[row];
        for (int k = 0; k < at.length; k++) {
            gradient[offset + at[k]] += scale * v[k];
        }
    }

    @Override
    public boolean isFinite(int row) {
        for (double value : values[row]) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }
}
