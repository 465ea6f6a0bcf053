package io.marketpilot.predict.forecast;

/**
 * One concrete exponential smoothing form with additive errors, named as in Hyndman et al. (2008): ETS(A, trend,
 * season), trend N/A/Ad and season N/A/M.
 *
 * @param period season length in weeks, 0 without seasonality
 */
record EtsForm(Trend trend, Seasonality seasonality, int period) {
    EtsForm {
        if (trend == Trend.AUTO || seasonality == Seasonality.AUTO) {
            throw new IllegalArgumentException("a concrete form needs a concrete trend and seasonality");
        }
        if (seasonal(seasonality) != period > 0) {
            throw new IllegalArgumentException("period " + period + " does not fit seasonality " + seasonality);
        }
    }

    static EtsForm nonSeasonal(Trend trend) {
        return new EtsForm(trend, Seasonality.NONE, 0);
    }

    boolean hasTrend() {
        return trend != Trend.NONE;
    }

    boolean damped() {
        return trend == Trend.DAMPED;
    }

    boolean seasonal() {
        return period > 0;
    }

    boolean multiplicative() {
        return seasonality == Seasonality.MULTIPLICATIVE;
    }

    /** Smoothing parameters the fit estimates: alpha, then beta, gamma and phi where the form has them. */
    int smoothingParameters() {
        return 1 + (hasTrend() ? 1 : 0) + (seasonal() ? 1 : 0) + (damped() ? 1 : 0);
    }

    /** Initial states derived from the data: level, trend, and period - 1 free seasonal states (normalised
     * to sum 0 or average 1). */
    int initialStates() {
        return 1 + (hasTrend() ? 1 : 0) + (seasonal() ? period - 1 : 0);
    }

    String code() {
        String t =
                switch (trend) {
                    case NONE -> "N";
                    case ADDITIVE -> "A";
                    default -> "Ad";
                };
        String s =
                switch (seasonality) {
                    case NONE -> "N";
                    case ADDITIVE -> "A";
                    default -> "M";
                };
        return "ETS(A," + t + "," + s + ")";
    }

    /** The classical name, for people who know these models as Holt and Holt-Winters. */
    String classicalName() {
        String base = seasonal() ? "Holt-Winters " + (multiplicative() ? "multiplicative" : "additive") : "Holt";
        return switch (trend) {
            case NONE -> seasonal() ? "seasonal exponential smoothing without trend" : "simple exponential smoothing";
            case DAMPED -> "damped " + base;
            default -> base;
        };
    }

    private static boolean seasonal(Seasonality s) {
        return s == Seasonality.ADDITIVE || s == Seasonality.MULTIPLICATIVE;
    }
}
