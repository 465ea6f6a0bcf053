package io.marketpilot.predict.clv;

/**
 * How far per-customer hold-out forecasts were from what customers did.
 *
 * @param predictedTotal sum of the forecasts, to compare with the actual total
 */
public record ForecastError(double meanAbsoluteError, double rootMeanSquaredError, double predictedTotal) {
    static ForecastError of(double[] predicted, int[] actual) {
        double abs = 0;
        double squares = 0;
        double total = 0;
        for (int i = 0; i < predicted.length; i++) {
            double e = predicted[i] - actual[i];
            abs += Math.abs(e);
            squares += e * e;
            total += predicted[i];
        }
        int n = Math.max(1, predicted.length);
        return new ForecastError(abs / n, Math.sqrt(squares / n), total);
    }
}
