package io.marketpilot.app.experiment;

import io.marketpilot.core.experiment.Experiment;
import io.marketpilot.core.experiment.Variant;
import io.marketpilot.experiments.report.ExperimentReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The JSON shape of experiments and their reports, shared by the API, the CLI and the dashboard's charts. */
public final class ReportView {
    private ReportView() {}

    public static Map<String, Object> experiment(Experiment e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("design", e.design());
        m.put("status", e.status().wireName());
        m.put("metric", e.metric().wireName());
        m.put("guardrails", e.guardrails());
        m.put("segment", e.segment());
        m.put("salt", e.salt());
        m.put("alpha", e.alpha());
        m.put("expected_effect", e.expectedEffect());
        m.put("campaign_id", e.campaignId());
        m.put("created_at", e.createdAt());
        m.put("started_at", e.startedAt());
        m.put("stopped_at", e.stoppedAt());
        m.put("decided_at", e.decidedAt());
        m.put("decision", e.decision());
        List<Map<String, Object>> variants = new ArrayList<>();
        for (Variant v : e.variants()) {
            Map<String, Object> vm = new LinkedHashMap<>();
            vm.put("name", v.name());
            vm.put("weight", v.weight());
            vm.put("content_id", v.contentId());
            vm.put("payload", v.payload());
            vm.put("approved", v.approved());
            variants.add(vm);
        }
        m.put("variants", variants);
        return m;
    }

    public static Map<String, Object> report(ExperimentReports.Reported reported) {
        ExperimentReport r = reported.report();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("experiment", experiment(reported.experiment()));
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("action", r.recommendation().action().wireName());
        rec.put("variant", r.recommendation().variant());
        rec.put("text", r.recommendation().text());
        m.put("recommendation", rec);
        List<Map<String, Object>> arms = new ArrayList<>();
        for (var a : r.arms()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("variant", a.name());
            am.put("units", a.units());
            am.put("successes", a.successes());
            am.put("mean", num(a.mean()));
            am.put("ci_low", num(a.ciLow()));
            am.put("ci_high", num(a.ciHigh()));
            am.put("prob_best", num(a.probBest()));
            arms.add(am);
        }
        m.put("arms", arms);
        List<Map<String, Object>> comparisons = new ArrayList<>();
        for (var c : r.comparisons()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("variant", c.variant());
            cm.put("diff", num(c.diff()));
            cm.put("ci_low", num(c.ciLow()));
            cm.put("ci_high", num(c.ciHigh()));
            cm.put("relative_lift", num(c.relativeLift()));
            cm.put("statistic", num(c.statistic()));
            cm.put("p_value", num(c.pValue()));
            cm.put("p_value_holm", num(c.adjustedP()));
            cm.put("prob_beats_control", num(c.probBeatsControl()));
            cm.put("expected_loss", num(c.expectedLoss()));
            cm.put("sequential_p_value", num(c.sequentialP()));
            cm.put("sequence_low", num(c.sequenceLow()));
            cm.put("sequence_high", num(c.sequenceHigh()));
            c.cuped()
                    .ifPresent(cu -> cm.put(
                            "cuped",
                            Map.of(
                                    "diff",
                                    cu.diff(),
                                    "ci_low",
                                    cu.ciLow(),
                                    "ci_high",
                                    cu.ciHigh(),
                                    "p_value",
                                    cu.pValue())));
            comparisons.add(cm);
        }
        m.put("comparisons", comparisons);
        m.put(
                "srm",
                Map.of(
                        "chi_square", r.sampleRatio().chiSquare(),
                        "df", r.sampleRatio().degreesOfFreedom(),
                        "p_value", r.sampleRatio().pValue(),
                        "mismatch", r.sampleRatio().mismatch()));
        Map<String, Object> cuped = new LinkedHashMap<>();
        cuped.put("pre_period_days", reported.cupedDays());
        cuped.put("covariate", "net order revenue of the unit (a customer) in the pre-period before the start");
        r.cuped()
                .ifPresentOrElse(
                        c -> {
                            cuped.put("applied", true);
                            cuped.put("theta", c.theta());
                            cuped.put("variance_reduction", c.varianceReduction());
                        },
                        () -> {
                            cuped.put("applied", false);
                            cuped.put("why_not", "units are not all known customers, or there is no pre-period");
                        });
        m.put("cuped", cuped);
        List<Map<String, Object>> guardrails = new ArrayList<>();
        for (var g : reported.guardrails().entrySet()) {
            for (var c : g.getValue().comparisons()) {
                Map<String, Object> gm = new LinkedHashMap<>();
                gm.put("metric", g.getKey());
                gm.put("variant", c.variant());
                gm.put("diff", num(c.diff()));
                gm.put("ci_low", num(c.ciLow()));
                gm.put("ci_high", num(c.ciHigh()));
                gm.put("p_value", num(c.pValue()));
                gm.put("sequential_p_value", num(c.sequentialP()));
                guardrails.add(gm);
            }
        }
        m.put("guardrails", guardrails);
        m.put("unexposed_units_ignored", reported.unexposedUnits());
        m.put("days", r.days().stream().map(ReportView::day).toList());
        m.put("posteriors", r.posteriors());
        m.put("method", r.method());
        m.put("parameters", r.parameters());
        return m;
    }

    /** A day's figures, with null where the sequential test has no figure yet (JSON has no NaN). */
    private static Map<String, Object> day(ExperimentReport.Day d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("day", d.day());
        m.put("units", d.units());
        m.put("means", nums(d.means()));
        m.put("estimates", nums(d.estimates()));
        m.put("sequenceLow", nums(d.sequenceLow()));
        m.put("sequenceHigh", nums(d.sequenceHigh()));
        m.put("sequentialP", nums(d.sequentialP()));
        return m;
    }

    private static List<@Nullable Double> nums(List<@Nullable Double> values) {
        return values.stream()
                .<@Nullable Double>map(v -> v == null ? null : num(v))
                .toList();
    }

    private static @Nullable Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
