package io.marketpilot.text.classify;

/**
 * Temperature scaling (Guo et al. 2017): one number T that divides every logit, chosen to minimise the negative
 * log-likelihood of out-of-fold predictions. It leaves the predicted label unchanged and makes the confidence
 * honest: a regularised, class-weighted model is otherwise over- or under-confident.
 */
final class Calibration {
    private static final double LOW = Math.log(0.05);
    private static final double HIGH = Math.log(20);
    private static final int STEPS = 80;

    private Calibration() {}

    /** The temperature in [0.05, 20] minimising the mean NLL of {@code logits} against {@code y}. */
    static double temperature(double[][] logits, int[] y) {
        double a = LOW;
        double b = HIGH;
        double ratio = (Math.sqrt(5) - 1) / 2;
        double c = b - ratio * (b - a);
        double d = a + ratio * (b - a);
        double fc = nll(logits, y, Math.exp(c));
        double fd = nll(logits, y, Math.exp(d));
        for (int step = 0; step < STEPS; step++) { // golden-section search: NLL is unimodal in log T
            if (fc <= fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - ratio * (b - a);
                fc = nll(logits, y, Math.exp(c));
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + ratio * (b - a);
                fd = nll(logits, y, Math.exp(d));
            }
        }
        return Math.exp((a + b) / 2);
    }

    static double nll(double[][] logits, int[] y, double temperature) {
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            double[] p = TextClassifier.probabilities(logits[i], temperature);
            sum -= Math.log(Math.max(p[y[i]], 1e-300));
        }
        return sum / logits.length;
    }
}
