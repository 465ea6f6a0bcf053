package io.marketpilot.predict.forecast;

import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses and fits the exponential smoothing form for a weekly series.
 *
 * <p>The automatic choice: with at least two full years (104 weeks) the model is seasonal with period 52, since the
 * initial seasonal states need two years of moving average to be estimated at all; the candidates are additive and
 * (for series with every week above zero) multiplicative seasonality, each with no, additive and damped trend. With
 * less, the candidates are simple exponential smoothing, Holt and damped Holt. The candidate with the lowest AICc
 * wins; ties go to the simpler form, listed first. A fixed trend or seasonality in the options narrows the candidates
 * to it.
 */
final class ExponentialSmoothing {
    static final int PERIOD = 52;
    static final int SEASONAL_MIN_WEEKS = 2 * PERIOD;

    private ExponentialSmoothing() {}

    /** The winning fit and a sentence on how it won. */
    record Selection(EtsFit fit, String reason) {}

    static Selection select(WeeklySeries series, Trend trend, Seasonality seasonality) {
        double[] y = series.values();
        List<EtsForm> candidates = candidates(series, y, trend, seasonality);
        EtsFit best = null;
        Map<String, Double> aicc = new LinkedHashMap<>();
        for (EtsForm form : candidates) {
            Optional<EtsFit> fit = EtsFitter.fit(y, form);
            if (fit.isEmpty()) {
                continue;
            }
            aicc.put(form.code(), fit.get().aicc());
            if (best == null || fit.get().aicc() < best.aicc()) {
                best = fit.get();
            }
        }
        if (best == null) {
            throw MarketPilotException.invalid("series '" + series.key() + "': no exponential smoothing form of "
                    + candidates.stream().map(EtsForm::code).toList() + " could be fitted");
        }
        return new Selection(best, reason(series, seasonality, aicc));
    }

    private static List<EtsForm> candidates(WeeklySeries series, double[] y, Trend trend, Seasonality seasonality) {
        int n = y.length;
        List<Seasonality> seasons = new ArrayList<>();
        switch (seasonality) {
            case AUTO -> {
                if (n < SEASONAL_MIN_WEEKS) {
                    seasons.add(Seasonality.NONE);
                } else {
                    seasons.add(Seasonality.ADDITIVE);
                    if (allPositive(y)) {
                        seasons.add(Seasonality.MULTIPLICATIVE);
                    }
                }
            }
            case NONE -> seasons.add(Seasonality.NONE);
            default -> {
                if (n < SEASONAL_MIN_WEEKS) {
                    throw MarketPilotException.invalid("series '" + series.key() + "' has " + n + " weeks; "
                            + seasonality.name().toLowerCase(Locale.ROOT) + " seasonality needs two full years ("
                            + SEASONAL_MIN_WEEKS + " weeks)");
                }
                if (seasonality == Seasonality.MULTIPLICATIVE && !allPositive(y)) {
                    throw MarketPilotException.invalid("series '" + series.key()
                            + "' has weeks at or below zero; multiplicative seasonality needs every week above zero");
                }
                seasons.add(seasonality);
            }
        }
        List<Trend> trends = trend == Trend.AUTO ? List.of(Trend.NONE, Trend.ADDITIVE, Trend.DAMPED) : List.of(trend);
        List<EtsForm> forms = new ArrayList<>();
        for (Seasonality s : seasons) {
            for (Trend t : trends) {
                forms.add(s == Seasonality.NONE ? EtsForm.nonSeasonal(t) : new EtsForm(t, s, PERIOD));
            }
        }
        return forms;
    }

    private static String reason(WeeklySeries series, Seasonality seasonality, Map<String, Double> aicc) {
        StringBuilder out = new StringBuilder();
        if (seasonality == Seasonality.AUTO) {
            out.append(
                    series.size() >= SEASONAL_MIN_WEEKS
                            ? "seasonal (period 52): " + series.size() + " weeks >= " + SEASONAL_MIN_WEEKS
                            : "non-seasonal: " + series.size() + " weeks < " + SEASONAL_MIN_WEEKS + " for period 52");
        } else {
            out.append("seasonality fixed to ").append(seasonality.name().toLowerCase(Locale.ROOT));
        }
        out.append("; lowest AICc of");
        aicc.forEach((code, value) -> out.append(String.format(Locale.ROOT, " %s=%.1f", code, value)));
        return out.toString();
    }

    private static boolean allPositive(double[] y) {
        for (double v : y) {
            if (!(v > 0)) {
                return false;
            }
        }
        return true;
    }
}
