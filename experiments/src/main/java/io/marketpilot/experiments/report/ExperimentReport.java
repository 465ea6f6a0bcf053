package io.marketpilot.experiments.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything known about an experiment's result: per-arm figures, each challenger against the control
 * (frequentist, Bayesian, sequential, CUPED), sample-ratio check, the daily series behind the charts, and a
 * plain-words recommendation. {@code method} and {@code parameters} record how it was computed.
 */
public record ExperimentReport(
        List<Arm> arms,
        List<Comparison> comparisons,
        SampleRatio sampleRatio,
        Optional<CupedSummary> cuped,
        List<Day> days,
        List<Curve> posteriors,
        Recommendation recommendation,
        String method,
        Map<String, Object> parameters) {

    /** One arm: units, successes (binary metrics), mean with a 95 % interval, probability to be best. */
    public record Arm(
            String name, long units, long successes, double mean, double ciLow, double ciHigh, double probBest) {}

    /**
     * A challenger against the control. {@code adjustedP} is Holm-corrected over the challengers; the sequential
     * figures are the mSPRT's always-valid p-value and confidence sequence after the last daily look.
     */
    public record Comparison(
            String variant,
            double diff,
            double ciLow,
            double ciHigh,
            double relativeLift,
            double statistic,
            double pValue,
            double adjustedP,
            double probBeatsControl,
            double expectedLoss,
            double sequentialP,
            double sequenceLow,
            double sequenceHigh,
            Optional<CupedComparison> cuped) {}

    /** The CUPED-adjusted difference, interval and p-value (Welch on adjusted values). */
    public record CupedComparison(double diff, double ciLow, double ciHigh, double pValue) {}

    /** CUPED's θ and the share of the metric's variance the pre-period metric removed. */
    public record CupedSummary(double theta, double varianceReduction, long units) {}

    /** Chi-square test of units per arm against the weights; {@code mismatch} when p < 0.001. */
    public record SampleRatio(double chiSquare, int degreesOfFreedom, double pValue, boolean mismatch) {}

    /**
     * Cumulative figures at the end of one day: units and mean per arm, and per challenger the sequential test's
     * estimate, confidence sequence and always-valid p-value; null where there is no value yet (JSON has no NaN).
     */
    public record Day(
            LocalDate day,
            List<Long> units,
            List<@Nullable Double> means,
            List<@Nullable Double> estimates,
            List<@Nullable Double> sequenceLow,
            List<@Nullable Double> sequenceHigh,
            List<@Nullable Double> sequentialP) {}

    /** A posterior density of an arm's metric, sampled on a grid. */
    public record Curve(String variant, List<Double> x, List<Double> density) {}

    /**
     * What to do, in words, with a machine-readable action.
     *
     * @param variant the variant to ship or keep; null when the action names none (check the set-up, keep running)
     */
    public record Recommendation(Action action, @Nullable String variant, String text) {}

    /** The possible decisions. */
    public enum Action {
        SHIP,
        KEEP_CONTROL,
        STOP_NO_DIFFERENCE,
        KEEP_RUNNING,
        CHECK_SETUP;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean decisive() {
            return this == SHIP || this == KEEP_CONTROL || this == STOP_NO_DIFFERENCE;
        }
    }
}
