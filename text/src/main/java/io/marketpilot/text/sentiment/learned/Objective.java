package io.marketpilot.text.sentiment.learned;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The penalised softmax cross-entropy and its gradient over a flat parameter vector laid out as K weight rows
 * of length D followed by K biases, so the optimiser can treat it as one array.
 */
final class Objective {
    private final FeatureRows x;
    private final int[] y;
    private final double[] rowWeights;
    private final int classes;
    private final int dimension;
    private final double l2;

    /**
     * @param rowWeights each row's weight in the loss (all 1 for the plain mean; class-balanced weights make every
     *     class count alike); a weight of exactly 1 leaves the arithmetic bit-identical to the unweighted loss
     */
    Objective(FeatureRows x, int[] y, double[] rowWeights, int classes, double l2) {
        this.x = x;
        this.y = y;
        this.rowWeights = rowWeights;
        this.classes = classes;
        this.dimension = x.dimension();
        this.l2 = l2;
    }

    int size() {
        return classes * (dimension + 1);
    }

    /** Returns the loss at {@code theta} and writes its gradient into {@code gradient}. */
    double evaluate(double[] theta, double[] gradient) {
        Arrays.fill(gradient, 0);
        int biasAt = classes * dimension;
        double[] logits = new double[classes];
        double loss = 0;
        int rows = x.size();
        for (int i = 0; i < rows; i++) {
            for (int c = 0; c < classes; c++) {
                logits[c] = x.dot(i, theta, c * dimension, theta[biasAt + c]);
            }
            double truth = logits[y[i]];
            double w = rowWeights[i];
            loss += w * (LogisticHead.softmaxInPlace(logits) - truth);
            for (int c = 0; c < classes; c++) {
                double error = w * (logits[c] - (c == y[i] ? 1 : 0));
                x.addTo(i, error, gradient, c * dimension);
                gradient[biasAt + c] += error;
            }
        }
        double n = rows;
        double penalty = 0;
        for (int k = 0; k < gradient.length; k++) {
            gradient[k] /= n;
            if (k < biasAt) {
                gradient[k] += l2 * theta[k];
                penalty += theta[k] * theta[k];
            }
        }
        return loss / n + l2 / 2 * penalty;
    }

    LogisticHead toHead(
            double[] theta, List<String> labels, Map<String, String> provenance, int iterations, double loss) {
        double[][] weights = new double[classes][dimension];
        double[] bias = new double[classes];
        for (int c = 0; c < classes; c++) {
            System.arraycopy(theta, c * dimension, weights[c], 0, dimension);
            bias[c] = theta[classes * dimension + c];
        }
        Map<String, String> meta = new LinkedHashMap<>(provenance);
        meta.put("train.rows", Integer.toString(x.size()));
        meta.put("train.l2", Double.toString(l2));
        meta.put("train.iterations", Integer.toString(iterations));
        meta.put("train.loss", Double.toString(loss));
        return new LogisticHead(labels, weights, bias, meta);
    }
}
