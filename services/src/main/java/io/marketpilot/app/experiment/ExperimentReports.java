package io.marketpilot.app.experiment;

import io.marketpilot.core.experiment.Experiment;
import io.marketpilot.core.experiment.ExperimentEvents;
import io.marketpilot.core.experiment.PrePeriodRevenue;
import io.marketpilot.core.experiment.PrimaryMetric;
import io.marketpilot.core.experiment.UnitOutcome;
import io.marketpilot.experiments.report.AnalysisInput;
import io.marketpilot.experiments.report.ExperimentAnalysis;
import io.marketpilot.experiments.report.ExperimentReport;
import io.marketpilot.experiments.report.UnitResult;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An experiment's report from its stored events: exposed units with their first metric event, and — when every
 * unit is a known customer — their net revenue in the {@code cupedDays} before the start as CUPED's pre-period
 * metric.
 */
public final class ExperimentReports {
    public static final int DEFAULT_CUPED_DAYS = 90;

    private final ExperimentService experiments;
    private final ExperimentEvents events;
    private final PrePeriodRevenue prePeriod;

    public ExperimentReports(ExperimentService experiments, ExperimentEvents events, PrePeriodRevenue prePeriod) {
        this.experiments = experiments;
        this.events = events;
        this.prePeriod = prePeriod;
    }

    /**
     * A report, the experiment it is about, and one report per guardrail metric (same units, that metric, no
     * CUPED). A winner that significantly harms a guardrail is not shipped: the recommendation says so.
     */
    public record Reported(
            Experiment experiment,
            ExperimentReport report,
            long unexposedUnits,
            int cupedDays,
            Map<String, ExperimentReport> guardrails) {}

    public Reported report(String id, int cupedDays) {
        Experiment e = experiments.get(id);
        List<UnitOutcome> outcomes = events.outcomes(id);
        Map<String, Double> covariates = Map.of();
        if (cupedDays > 0 && e.startedAt() != null && !outcomes.isEmpty()) {
            LocalDateTime start = e.startedAt();
            covariates = prePeriod.of(
                    outcomes.stream().map(UnitOutcome::unitId).distinct().toList(), start.minusDays(cupedDays), start);
        }
        long unexposed = outcomes.stream()
                .filter(o ->
                        o.exposedAt().isEmpty() || e.variantIndex(o.variant()).isEmpty())
                .count();
        ExperimentReport primary = analyse(e, e.metric(), e.expectedEffect(), outcomes, covariates);
        Map<String, ExperimentReport> guardrails = new LinkedHashMap<>();
        for (String name : e.guardrails()) {
            PrimaryMetric g = PrimaryMetric.parse(name);
            if (g != e.metric()) {
                guardrails.put(g.wireName(), analyse(e, g, g.binary() ? 0.01 : 1.0, outcomes, Map.of()));
            }
        }
        return new Reported(e, guarded(e, primary, guardrails), unexposed, cupedDays, guardrails);
    }

    private static ExperimentReport analyse(
            Experiment e,
            PrimaryMetric metric,
            double effect,
            List<UnitOutcome> outcomes,
            Map<String, Double> covariates) {
        List<UnitResult> units = new ArrayList<>(outcomes.size());
        for (UnitOutcome o : outcomes) {
            Optional<Integer> variant = e.variantIndex(o.variant());
            if (o.exposedAt().isPresent() && variant.isPresent()) {
                units.add(unit(metric, variant.get(), o, covariates));
            }
        }
        return ExperimentAnalysis.analyse(new AnalysisInput(
                e.variants().stream().map(v -> v.name()).toList(),
                e.weights(),
                metric.binary(),
                e.alpha(),
                effect,
                units));
    }

    /** A ship recommendation becomes "keep the control" when the winner is significantly worse on a guardrail. */
    private static ExperimentReport guarded(
            Experiment e, ExperimentReport primary, Map<String, ExperimentReport> guardrails) {
        var rec = primary.recommendation();
        if (rec.action() != ExperimentReport.Action.SHIP) {
            return primary;
        }
        double alpha = e.alpha() / (e.variants().size() - 1);
        for (var g : guardrails.entrySet()) {
            for (var c : g.getValue().comparisons()) {
                if (c.variant().equals(rec.variant()) && c.sequentialP() <= alpha && c.diff() < 0) {
                    String control = e.variants().getFirst().name();
                    var blocked = new ExperimentReport.Recommendation(
                            ExperimentReport.Action.KEEP_CONTROL,
                            control,
                            "Keep " + control + ": " + rec.variant() + " wins on "
                                    + e.metric().wireName()
                                    + " but harms the guardrail " + g.getKey() + " ("
                                    + ExperimentReportsText.effect(
                                            c.diff(),
                                            PrimaryMetric.parse(g.getKey()).binary())
                                    + ", always-valid p = "
                                    + String.format(java.util.Locale.ROOT, "%.3g", c.sequentialP())
                                    + "). " + rec.text());
                    return new ExperimentReport(
                            primary.arms(),
                            primary.comparisons(),
                            primary.sampleRatio(),
                            primary.cuped(),
                            primary.days(),
                            primary.posteriors(),
                            blocked,
                            primary.method() + "; guardrails checked with the same sequential test",
                            primary.parameters());
                }
            }
        }
        return primary;
    }

    private static UnitResult unit(PrimaryMetric metric, int variant, UnitOutcome o, Map<String, Double> covariates) {
        LocalDate exposed = o.exposedAt().orElseThrow().toLocalDate();
        Optional<LocalDateTime> success = metric == PrimaryMetric.CLICK_THROUGH ? o.clickedAt() : o.convertedAt();
        double value =
                switch (metric) {
                    case CONVERSION, CLICK_THROUGH -> success.isPresent() ? 1 : 0;
                    case REVENUE_PER_USER -> o.value();
                };
        Double covariate = covariates.get(o.unitId());
        return new UnitResult(
                variant,
                exposed,
                success.map(LocalDateTime::toLocalDate),
                value,
                covariate == null ? OptionalDouble.empty() : OptionalDouble.of(covariate));
    }
}
