package io.marketpilot.experiments.stats;

/** Argument checks shared by the statistics in this module, so every entry point rejects bad input alike. */
public final class Require {
    private Require() {}

    public static void counts(long conversions, long trials, String arm) {
        if (trials <= 0) {
            throw new IllegalArgumentException("arm " + arm + " needs at least one trial, had " + trials);
        }
        if (conversions < 0 || conversions > trials) {
            throw new IllegalArgumentException(
                    "arm " + arm + " conversions must lie in [0, " + trials + "], was " + conversions);
        }
    }

    public static void probability(double p, String what) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException(what + " must lie strictly between 0 and 1, was " + p);
        }
    }
}
