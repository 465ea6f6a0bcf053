package io.marketpilot.app.experiment;

import java.util.Locale;

/** Effects in words: points for rates, amounts per user for revenue. */
final class ExperimentReportsText {
    private ExperimentReportsText() {}

    static String effect(double v, boolean binary) {
        if (!Double.isFinite(v)) {
            return "an unknown amount";
        }
        return binary
                ? String.format(Locale.ROOT, "%+.2f points", 100 * v)
                : String.format(Locale.ROOT, "%+.2f per user", v);
    }
}
