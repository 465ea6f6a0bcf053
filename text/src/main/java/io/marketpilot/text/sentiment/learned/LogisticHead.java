package io.marketpilot.text.sentiment.learned;

import io.marketpilot.core.MarketPilotException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A trained softmax classifier over embedding vectors, with the provenance it was trained from (embedding model,
 * data, split, hyper-parameters) so every score it produces can say where it came from.
 *
 * @param weights one row of {@code dimension} weights per label
 * @param bias one bias per label
 * @param provenance ordered key/value facts about the training run
 */
public record LogisticHead(List<String> labels, double[][] weights, double[] bias, Map<String, String> provenance) {

    public LogisticHead {
        labels = List.copyOf(labels);
        provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(bias, "bias");
        if (labels.size() < 2 || weights.length != labels.size() || bias.length != labels.size()) {
            throw MarketPilotException.invalid("a head needs one weight row and one bias per label (at least two)");
        }
        for (double[] row : weights) {
            if (row.length != weights[0].length) {
                throw MarketPilotException.invalid("weight rows differ in length");
            }
        }
    }

    /** One fact of the provenance, which training writes; a head without it is not one this code trained. */
    public String fact(String key) {
        String value = provenance.get(key);
        if (value == null) {
            throw MarketPilotException.invalid("the head's provenance has no '" + key + "'");
        }
        return value;
    }

    public int dimension() {
        return weights[0].length;
    }

    /** The index of {@code label}, or an invalid-input error naming the labels this head knows. */
    public int indexOf(String label) {
        int index = labels.indexOf(label);
        if (index < 0) {
            throw MarketPilotException.invalid("label " + label + " is not one of " + labels);
        }
        return index;
    }

    /** Class probabilities for one vector, in {@link #labels()} order. */
    public double[] probabilities(float[] vector) {
        double[] asDouble = new double[vector.length];
        for (int d = 0; d < vector.length; d++) {
            asDouble[d] = vector[d];
        }
        return probabilities(asDouble);
    }

    /** Class probabilities for one vector, in {@link #labels()} order. */
    public double[] probabilities(double[] vector) {
        if (vector.length != dimension()) {
            throw MarketPilotException.invalid(
                    "vector has " + vector.length + " dimensions, the head expects " + dimension());
        }
        double[] logits = new double[labels.size()];
        for (int c = 0; c < logits.length; c++) {
            logits[c] = bias[c] + LogisticRegression.dot(weights[c], vector);
        }
        softmaxInPlace(logits);
        return logits;
    }

    /** The most probable label (the first on ties, so the answer is deterministic). */
    public String predict(double[] vector) {
        double[] p = probabilities(vector);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return labels.get(best);
    }

    /** Turns logits into probabilities in place and returns log-sum-exp of the logits (shifted for stability). */
    static double softmaxInPlace(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double z : logits) {
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int c = 0; c < logits.length; c++) {
            logits[c] = Math.exp(logits[c] - max);
            sum += logits[c];
        }
        for (int c = 0; c < logits.length; c++) {
            logits[c] /= sum;
        }
        return max + Math.log(sum);
    }
}
