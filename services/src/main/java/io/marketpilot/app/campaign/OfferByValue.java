package io.marketpilot.app.campaign;

import java.util.Arrays;
import java.util.Optional;

/**
 * The {@code {{offer}}} merge field by customer-value band: the customers whose predicted lifetime value is in the top
 * fifth get a thank-you without a discount (they buy anyway; a discount gives margin away), the middle gets a modest
 * one, the rest and customers without a prediction a stronger incentive.
 */
final class OfferByValue {
    static final String TOP = "As one of our most valued customers, your next order ships free.";
    static final String MIDDLE = "Enjoy 10% off your next order.";
    static final String REST = "Enjoy 15% off your next order.";

    private final double topFrom;
    private final double middleFrom;

    private OfferByValue(double topFrom, double middleFrom) {
        this.topFrom = topFrom;
        this.middleFrom = middleFrom;
    }

    /** The bands of these customers' values: top fifth, the next 30 %, the rest. */
    static OfferByValue of(double[] values) {
        if (values.length == 0) {
            return new OfferByValue(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new OfferByValue(quantile(sorted, 0.8), quantile(sorted, 0.5));
    }

    String offerFor(Optional<Double> value) {
        if (value.isEmpty() || !Double.isFinite(value.get())) {
            return REST;
        }
        double v = value.get();
        return v >= topFrom ? TOP : v >= middleFrom ? MIDDLE : REST;
    }

    private static double quantile(double[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }
}
