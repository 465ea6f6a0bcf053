package io.marketpilot.text.sentiment.learned;

import io.marketpilot.core.MarketPilotException;

/** Rows stored as full arrays of equal length (embedding vectors). */
public final class DenseRows implements FeatureRows {
    private final double[][] x;
    private final int dimension;

    public DenseRows(double[][] x) {
        if (x.length == 0) {
            throw MarketPilotException.invalid("need at least one row");
        }
        this.x = x;
        this.dimension = x[0].length;
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != dimension) {
                throw MarketPilotException.invalid("row " + i + " has " + x[i].length + " features, not " + dimension);
            }
        }
    }

    @Override
    public int size() {
        return x.length;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double dot(int row, double[] theta, int offset, double start) {
        double z = start;
        double[] r = x[row];
        for (int d = 0; d < dimension; d++) {
            z += theta[offset + d] * r[d];
        }
        return z;
    }

    @Override
    public void addTo(int row, double scale, double[] gradient, int offset) {
        double[] r = x[row];
        for (int d = 0; d < dimension; d++) {
            gradient[offset + d] += scale * r[d];
        }
    }

    @Override
    public boolean isFinite(int row) {
        for (double v : x[row]) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
