package io.marketpilot.app.campaign;

import io.marketpilot.campaigns.report.Interval;
import io.marketpilot.campaigns.report.LiftReport;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether the campaign worked: its recipients against its holdout over the attribution window, the conversion
 * difference with Newcombe's interval and the revenue difference with Welch's, and a sentence saying what they show.
 *
 * @param conversionLow the interval's low end, or null when a group is empty
 * @param relativeLift recipients' rate over the holdout's, minus 1; null when the holdout converted nobody
 * @param revenueLow Welch's interval's low end, or null with fewer than two customers a side or no revenue at all
 */
public record HoldoutLiftView(
        long attributionWindowHours,
        double confidence,
        GroupFigures recipients,
        GroupFigures holdout,
        @Nullable Double conversionDifference,
        @Nullable Double conversionLow,
        @Nullable Double conversionHigh,
        @Nullable Double relativeLift,
        @Nullable Double revenueDifference,
        @Nullable Double revenueLow,
        @Nullable Double revenueHigh,
        String verdict) {

    static HoldoutLiftView of(LiftReport r, long windowHours) {
        Optional<Interval> conversion = r.conversionInterval();
        Optional<Interval> revenue = r.revenueInterval();
        return new HoldoutLiftView(
                windowHours,
                r.confidence(),
                GroupFigures.of(r.recipients()),
                GroupFigures.of(r.holdout()),
                GroupFigures.finite(r.conversionDifference()),
                conversion.map(Interval::low).orElse(null),
                conversion.map(Interval::high).orElse(null),
                r.relativeLift().orElse(null),
                GroupFigures.finite(r.revenueDifference()),
                revenue.map(Interval::low).orElse(null),
                revenue.map(Interval::high).orElse(null),
                verdict(r));
    }

    private static String verdict(LiftReport r) {
        Optional<Interval> interval = r.conversionInterval();
        if (interval.isEmpty()) {
            return "No lift can be measured: the recipients or the holdout are empty.";
        }
        Interval i = interval.get();
        String range = String.format(
                Locale.ROOT,
                "%+.2f to %+.2f percentage points (%.0f %% interval)",
                100 * i.low(),
                100 * i.high(),
                100 * r.confidence());
        if (i.low() > 0) {
            return "The campaign raised conversion: " + range + ".";
        }
        if (i.high() < 0) {
            return "The campaign lowered conversion: " + range + ".";
        }
        return "No effect on conversion is shown: " + range + " includes zero.";
    }
}
