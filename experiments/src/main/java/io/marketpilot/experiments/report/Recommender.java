package io.marketpilot.experiments.report;

import io.marketpilot.experiments.report.ExperimentReport.Action;
import io.marketpilot.experiments.report.ExperimentReport.Arm;
import io.marketpilot.experiments.report.ExperimentReport.Comparison;
import io.marketpilot.experiments.report.ExperimentReport.Recommendation;
import io.marketpilot.experiments.stats.SampleSize;
import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Turns a report into what to do, in plain words. Decisions rest on the sequential test, whose error rate holds
 * however often the result is looked at; the fixed-horizon figures are shown beside it but never decide.
 *
 * <ol>
 *   <li>A sample-ratio mismatch means the data cannot be trusted: check the set-up.
 *   <li>A challenger whose always-valid p-value is at or below its α share and that is better: ship the best such.
 *   <li>Every challenger proven worse: keep the control.
 *   <li>Every confidence sequence inside ±(expected effect): stop, there is no difference worth having.
 *   <li>Otherwise keep running, with an estimate of how many more units a fixed-horizon test would need.
 * </ol>
 */
final class Recommender {
    private static final double POWER = 0.8;

    private Recommender() {}

    static Recommendation recommend(
            AnalysisInput in,
            List<Arm> arms,
            List<Comparison> comparisons,
            ExperimentReport.SampleRatio srm,
            double sequentialAlpha,
            ArmTotals[] totals) {
        String control = in.variants().getFirst();
        if (srm.mismatch()) {
            return new Recommendation(
                    Action.CHECK_SETUP,
                    null,
                    String.format(
                            Locale.ROOT,
                            "Check the set-up before reading anything: units per variant do not match the weights"
                                    + " (sample-ratio chi-square p = %.2g). Assignment or event logging is losing"
                                    + " or double-counting units.",
                            srm.pValue()));
        }
        if (comparisons.isEmpty()) {
            return new Recommendation(
                    Action.KEEP_RUNNING, null, "Keep running: every variant needs at least two exposed units first.");
        }
        Comparison best = null;
        int worse = 0;
        for (Comparison c : comparisons) {
            if (c.sequentialP() <= sequentialAlpha) {
                if (c.diff() > 0 && (best == null || c.diff() > best.diff())) {
                    best = c;
                } else if (c.diff() < 0) {
                    worse++;
                }
            }
        }
        if (best != null) {
            return new Recommendation(
                    Action.SHIP,
                    best.variant(),
                    String.format(
                            Locale.ROOT,
                            "Ship %s: it beats %s by %s (%s relative), always-valid p = %.3g ≤ %.3g; the effect lies"
                                    + " in [%s, %s] (always-valid %.1f%% confidence sequence). P(%s beats %s) = %.1f%%.",
                            best.variant(),
                            control,
                            effect(best.diff(), in.binary()),
                            percent(best.relativeLift()),
                            best.sequentialP(),
                            sequentialAlpha,
                            effect(best.sequenceLow(), in.binary()),
                            effect(best.sequenceHigh(), in.binary()),
                            100 * (1 - sequentialAlpha),
                            best.variant(),
                            control,
                            100 * best.probBeatsControl()));
        }
        if (worse == comparisons.size()) {
            return new Recommendation(
                    Action.KEEP_CONTROL,
                    control,
                    "Keep " + control + ": every challenger is worse with an always-valid p-value below "
                            + String.format(Locale.ROOT, "%.3g", sequentialAlpha) + ".");
        }
        double margin = in.expectedEffect();
        boolean allSmall = comparisons.stream().allMatch(c -> c.sequenceLow() > -margin && c.sequenceHigh() < margin);
        if (allSmall) {
            return new Recommendation(
                    Action.STOP_NO_DIFFERENCE,
                    control,
                    "Stop: no difference worth having. Every challenger's effect is pinned inside ±"
                            + effect(margin, in.binary()) + ", the smallest effect this test was set up to find;"
                            + " keep " + control + " (or whichever is cheaper).");
        }
        Comparison closest = comparisons.stream()
                .min(java.util.Comparator.comparingDouble(Comparison::sequentialP))
                .orElseThrow();
        return new Recommendation(
                Action.KEEP_RUNNING,
                null,
                String.format(
                        Locale.ROOT,
                        "Keep running: no decision yet (best always-valid p = %.3g for %s, needs ≤ %.3g). %s",
                        closest.sequentialP(),
                        closest.variant(),
                        sequentialAlpha,
                        moreUnits(in, arms, totals)));
    }

    private static String moreUnits(AnalysisInput in, List<Arm> arms, ArmTotals[] totals) {
        double effect = in.expectedEffect();
        double perArm;
        if (in.binary()) {
            double base = arms.getFirst().mean();
            if (!(base > 0 && base < 1 && base + effect < 1)) {
                return "";
            }
            perArm = SampleSize.forProportions(base, effect, false, in.alpha(), POWER)
                    .exactPerArm();
        } else {
            double variance = totals[0].variance();
            if (!(variance > 0)) {
                return "";
            }
            NormalDistribution n = NormalDistribution.of(0, 1);
            double z = n.inverseSurvivalProbability(in.alpha() / 2) + n.inverseSurvivalProbability(1 - POWER);
            perArm = 2 * z * z * variance / (effect * effect);
        }
        long have = arms.stream().mapToLong(Arm::units).min().orElse(0);
        long more = Math.max(0, (long) Math.ceil(perArm) - have);
        return more == 0
                ? "The units a fixed-horizon test would need are in; the effect is probably smaller than "
                        + effect(effect, in.binary()) + "."
                : String.format(
                        Locale.ROOT,
                        "About %,d more units per variant would detect %s with 80%% power at a fixed horizon.",
                        more,
                        effect(effect, in.binary()));
    }

    static String effect(double v, boolean binary) {
        if (!Double.isFinite(v)) {
            return v > 0 ? "+∞" : "−∞";
        }
        return binary
                ? String.format(Locale.ROOT, "%+.2f points", 100 * v)
                : String.format(Locale.ROOT, "%+.2f per user", v);
    }

    private static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%+.1f%%", 100 * v) : "n/a";
    }
}
