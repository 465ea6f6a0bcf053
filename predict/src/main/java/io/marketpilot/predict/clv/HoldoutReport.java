package io.marketpilot.predict.clv;

import com.google.errorprone.annotations.FormatMethod;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The result of validating a CLV model on a hold-out period: weekly tracking, per-customer accuracy, and accuracy by
 * calibration frequency.
 *
 * @param newCustomerTransactionsIgnored hold-out transactions of customers first seen after the calibration end
 */
public record HoldoutReport(
        ClvModel model,
        LocalDate holdoutEnd,
        HoldoutAccuracy accuracy,
        List<TrackingPoint> tracking,
        List<FrequencyBucket> byFrequency,
        int newCustomerTransactionsIgnored) {
    public HoldoutReport {
        tracking = List.copyOf(tracking);
        byFrequency = List.copyOf(byFrequency);
    }

    /** A plain-text report for a terminal. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        BgNbdFit bg = model.purchases();
        BgNbdParameters p = bg.parameters();
        GammaGammaParameters s = model.spend().parameters();
        line(out, "calibration to %s, hold-out to %s", model.calibrationEnd(), holdoutEnd);
        line(
                out,
                "customers %d, future transactions excluded from the fit %d, hold-out rows of new customers"
                        + " ignored %d",
                model.customers(),
                model.futureTransactionsExcluded(),
                newCustomerTransactionsIgnored);
        line(out, "BG/NBD r=%.4f alpha=%.4f a=%.4f b=%.4f LL=%.2f", p.r(), p.alpha(), p.a(), p.b(), bg.logLikelihood());
        line(out, "BG/NBD estimated by %s", bg.estimation());
        line(
                out,
                "Gamma-Gamma p=%.4f q=%.4f gamma=%.4f LL=%.2f (%d customers, %d zero-spend excluded)",
                s.p(),
                s.q(),
                s.gamma(),
                model.spend().logLikelihood(),
                model.spend().customers(),
                model.spend().zeroSpendExcluded());
        line(out, "");
        line(out, "cumulative repeat purchases in the hold-out period");
        line(out, "%5s %10s %10s %10s", "week", "actual", "BG/NBD", "naive");
        for (TrackingPoint t : tracking) {
            line(out, "%5d %10.0f %10.1f %10.1f", t.week(), t.actual(), t.predicted(), t.naive());
        }
        line(out, "");
        line(out, "per customer, hold-out purchases (mean by calibration frequency)");
        line(out, "%5s %9s %10s %10s %10s", "x", "customers", "actual", "BG/NBD", "naive");
        for (FrequencyBucket b : byFrequency) {
            line(
                    out,
                    "%5s %9d %10.3f %10.3f %10.3f",
                    b.frequency() + (b.andAbove() ? "+" : ""),
                    b.customers(),
                    b.actual(),
                    b.predicted(),
                    b.naive());
        }
        line(out, "");
        line(out, "%-8s %10s %10s %12s", "forecast", "MAE", "RMSE", "total");
        line(out, "%-8s %10s %10s %12d", "actual", "", "", accuracy.actualTotal());
        error(out, "BG/NBD", accuracy.model());
        error(out, "naive", accuracy.naive());
        return out.toString();
    }

    private static void error(StringBuilder out, String name, ForecastError e) {
        line(
                out,
                "%-8s %10.4f %10.4f %12.1f",
                name,
                e.meanAbsoluteError(),
                e.rootMeanSquaredError(),
                e.predictedTotal());
    }

    @FormatMethod
    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
