package io.marketpilot.experiments.sequential;

/**
 * Everything a sequential test carries from one look to the next; small and flat so it can be persisted.
 *
 * @param looks how many looks have been taken
 * @param estimate the latest estimate of the effect (B - A); NaN before the first look
 * @param alwaysValidPValue running minimum of 1 / Λ over all looks, valid however often it is read
 * @param csLow lower end of the confidence sequence (the running intersection of per-look intervals)
 * @param csHigh upper end of the confidence sequence
 */
public record SequentialState(int looks, double estimate, double alwaysValidPValue, double csLow, double csHigh) {
    public static SequentialState initial() {
        return new SequentialState(0, Double.NaN, 1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** True once the always-valid p-value has reached {@code alpha}; stopping then keeps the error at most alpha. */
    public boolean rejects(double alpha) {
        return alwaysValidPValue <= alpha;
    }
}
