package io.marketpilot.text.sentiment.learned;

import io.marketpilot.core.MarketPilotException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Multinomial (softmax) logistic regression with an L2 penalty, fitted by full-batch L-BFGS from all-zero weights.
 * The objective is strictly convex, the start is fixed and the arithmetic is sequential, so the same data and
 * hyper-parameters always give bit-identical weights; no random numbers are involved. Two labels give ordinary
 * binary logistic regression (the softmax's two weight rows differ by the usual single weight vector).
 *
 * @param l2 penalty on the squared weights (not the biases), per training row: the loss is
 *     mean cross-entropy + l2/2 · ‖W‖²
 * @param maxIterations the fixed L-BFGS iteration budget
 * @param tolerance stop early once the gradient's max-norm falls below this
 */
public record LogisticRegression(double l2, int maxIterations, double tolerance) {
    private static final int HISTORY = 10;

    public LogisticRegression {
        if (!(l2 >= 0) || maxIterations < 1 || !(tolerance >= 0)) {
            throw MarketPilotException.invalid("l2 and tolerance must be ≥ 0 and maxIterations ≥ 1");
        }
    }

    /**
     * Fits a head on rows {@code x} (all the same length) with {@code y[i]} indexing into {@code labels}.
     *
     * @param provenance where the head came from (data, embedding model, …), stored with it
     */
    public LogisticHead fit(double[][] x, int[] y, List<String> labels, Map<String, String> provenance) {
        validate(x, y, labels);
        double[] unit = new double[x.length];
        Arrays.fill(unit, 1);
        return fit(new DenseRows(x), y, unit, labels, provenance);
    }

    /**
     * Fits a head on any rows (dense or sparse) with a weight per row in the loss, e.g. class-balanced weights.
     *
     * @param rowWeights one finite weight ≥ 0 per row; all 1 gives exactly the unweighted fit
     */
    public LogisticHead fit(
            FeatureRows x, int[] y, double[] rowWeights, List<String> labels, Map<String, String> provenance) {
        validate(x, y, rowWeights, labels);
        Objective objective = new Objective(x, y, rowWeights, labels.size(), l2);
        double[] theta = new double[objective.size()];
        double[] gradient = new double[theta.length];
        double loss = objective.evaluate(theta, gradient);
        double[][] s = new double[HISTORY][];
        double[][] g = new double[HISTORY][];
        double[] rho = new double[HISTORY];
        int stored = 0;
        int iteration = 0;
        while (iteration < maxIterations && maxAbs(gradient) > tolerance) {
            double[] direction = twoLoop(gradient, s, g, rho, stored, iteration);
            double slope = dot(direction, gradient);
            if (slope >= 0) { // lost descent (numerical noise): restart from steepest descent
                stored = 0;
                direction = negate(gradient);
                slope = dot(direction, gradient);
            }
            double step = iteration == 0 && stored == 0 ? 1 / Math.max(1, maxAbs(gradient)) : 1;
            double[] next = new double[theta.length];
            double[] nextGradient = new double[theta.length];
            double nextLoss;
            while (true) { // backtracking with the Armijo condition
                for (int k = 0; k < theta.length; k++) {
                    next[k] = theta[k] + step * direction[k];
                }
                nextLoss = objective.evaluate(next, nextGradient);
                if (nextLoss <= loss + 1e-4 * step * slope || step < 1e-12) {
                    break;
                }
                step /= 2;
            }
            int slot = iteration % HISTORY;
            s[slot] = subtract(next, theta);
            g[slot] = subtract(nextGradient, gradient);
            double sy = dot(s[slot], g[slot]);
            if (sy > 1e-12) {
                rho[slot] = 1 / sy;
                stored = Math.min(stored + 1, HISTORY);
            } else {
                stored = 0;
            }
            double change = loss - nextLoss;
            theta = next;
            gradient = nextGradient;
            loss = nextLoss;
            iteration++;
            if (change >= 0 && change < 1e-12 * Math.max(1, Math.abs(loss))) {
                break;
            }
        }
        return objective.toHead(theta, labels, provenance, iteration, loss);
    }

    /** The L-BFGS two-loop recursion over the last {@code stored} curvature pairs, newest at {@code iteration-1}. */
    private static double[] twoLoop(
            double[] gradient, double[][] s, double[][] g, double[] rho, int stored, int iteration) {
        double[] q = gradient.clone();
        double[] alpha = new double[HISTORY];
        for (int back = 1; back <= stored; back++) {
            int i = Math.floorMod(iteration - back, HISTORY);
            alpha[i] = rho[i] * dot(s[i], q);
            axpy(-alpha[i], g[i], q);
        }
        if (stored > 0) {
            int newest = Math.floorMod(iteration - 1, HISTORY);
            double scale = dot(s[newest], g[newest]) / dot(g[newest], g[newest]);
            for (int k = 0; k < q.length; k++) {
                q[k] *= scale;
            }
        }
        for (int back = stored; back >= 1; back--) {
            int i = Math.floorMod(iteration - back, HISTORY);
            double beta = rho[i] * dot(g[i], q);
            axpy(alpha[i] - beta, s[i], q);
        }
        return negate(q);
    }

    private static void validate(FeatureRows x, int[] y, double[] rowWeights, List<String> labels) {
        validateLabels(x.size(), y, labels);
        if (rowWeights.length != x.size()) {
            throw MarketPilotException.invalid("need one weight per row");
        }
        for (int i = 0; i < x.size(); i++) {
            if (!x.isFinite(i)) {
                throw MarketPilotException.invalid("row " + i + " has a non-finite feature");
            }
            if (!(rowWeights[i] >= 0) || !Double.isFinite(rowWeights[i])) {
                throw MarketPilotException.invalid("row " + i + " has weight " + rowWeights[i]);
            }
            if (y[i] < 0 || y[i] >= labels.size()) {
                throw MarketPilotException.invalid("row " + i + " has label index " + y[i]);
            }
        }
    }

    private static void validateLabels(int rows, int[] y, List<String> labels) {
        if (labels.size() < 2 || labels.stream().distinct().count() != labels.size()) {
            throw MarketPilotException.invalid("a classifier needs at least two distinct labels");
        }
        if (rows == 0 || rows != y.length) {
            throw MarketPilotException.invalid("need as many labels as rows, and at least one row");
        }
    }

    private static void validate(double[][] x, int[] y, List<String> labels) {
        if (labels.size() < 2 || labels.stream().distinct().count() != labels.size()) {
            throw MarketPilotException.invalid("a classifier needs at least two distinct labels");
        }
        if (x.length == 0 || x.length != y.length) {
            throw MarketPilotException.invalid("need as many labels as rows, and at least one row");
        }
        int dimension = x[0].length;
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != dimension) {
                throw MarketPilotException.invalid("row " + i + " has " + x[i].length + " features, not " + dimension);
            }
            if (y[i] < 0 || y[i] >= labels.size()) {
                throw MarketPilotException.invalid("row " + i + " has label index " + y[i]);
            }
            for (double v : x[i]) {
                if (!Double.isFinite(v)) {
                    throw MarketPilotException.invalid("row " + i + " has a non-finite feature");
                }
            }
        }
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int k = 0; k < x.length; k++) {
            y[k] += a * x[k];
        }
    }

    private static double[] subtract(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            out[k] = a[k] - b[k];
        }
        return out;
    }

    private static double[] negate(double[] a) {
        return Arrays.stream(a).map(v -> -v).toArray();
    }

    private static double maxAbs(double[] a) {
        double max = 0;
        for (double v : a) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
