package io.marketpilot.app.cli;

import io.marketpilot.app.experiment.ExperimentReports;
import io.marketpilot.app.experiment.NewExperiment;
import io.marketpilot.app.experiment.ReportView;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.experiment.Experiment;
import io.marketpilot.core.experiment.Variant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marketpilot experiment …}: define, run and read experiments and bandits in the store. */
@Command(
        name = "experiment",
        description = "Experiments in the store: create, start, stop, report, list, assign, approve, bandit arms,"
                + " and the optimisation loop (advance, rounds).")
public final class ExperimentCommand {
    static final String ACTOR = "cli";

    @Command(name = "create", description = "Create a draft experiment; the first variant is the control.")
    int create(
            @Mixin StoreOptions store,
            @Option(names = "--id", description = "Id (default: from the name)") @Nullable String id,
            @Option(names = "--name", required = true) String name,
            @Option(names = "--variant", required = true, description = "NAME=TEXT, repeated; at least two")
                    List<String> variants,
            @Option(names = "--weights", description = "Allocation weights, e.g. 1,1 (default equal)", split = ",")
                    @Nullable
                    List<Double> weights,
            @Option(
                            names = "--metric",
                            defaultValue = "conversion",
                            description = "conversion | click_through | revenue_per_user")
                    String metric,
            @Option(names = "--guardrail", description = "Guardrail metric, repeatable") @Nullable
                    List<String> guardrails,
            @Option(
                            names = "--segment",
                            description =
                                    "Target segment (number or persona name of the latest segmentation run): only its"
                                            + " customers are assigned")
                    @Nullable
                    String segment,
            @Option(
                            names = "--design",
                            defaultValue = "ab",
                            description = "ab | thompson | thompson-gaussian | ucb1 | epsilon-greedy | uniform")
                    String design,
            @Option(names = "--alpha", defaultValue = "0.05") double alpha,
            @Option(
                            names = "--effect",
                            description =
                                    "Absolute effect worth detecting (mSPRT τ); default 0.01 for rates, 1.0 for revenue")
                    @Nullable
                    Double effect,
            @Option(names = "--campaign", description = "Campaign id for the optimisation loop") @Nullable
                    String campaign,
            @Option(names = "--pending", description = "Variant names that still need a person's approval") @Nullable
                    List<String> pending,
            @Option(names = "--format", defaultValue = "table", description = "table | json") String format) {
        List<Variant> parsed = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            String v = variants.get(i);
            int eq = v.indexOf('=');
            if (eq <= 0) {
                throw MarketPilotException.invalid("--variant takes NAME=TEXT, not '" + v + "'");
            }
            String vName = v.substring(0, eq).strip();
            double w = weights == null ? 1 : i < weights.size() ? weights.get(i) : Double.NaN;
            if (Double.isNaN(w)) {
                throw MarketPilotException.invalid("--weights needs one weight per variant");
            }
            parsed.add(new Variant(vName, w, null, v.substring(eq + 1), pending == null || !pending.contains(vName)));
        }
        try (Services app = store.open()) {
            Experiment e = app.experiments.create(
                    new NewExperiment(
                            id, name, design, metric, guardrails, segment, null, alpha, effect, campaign, parsed),
                    ACTOR);
            print(e, format);
        }
        return 0;
    }

    @Command(name = "start", description = "Start (or resume) an experiment; every variant must be approved.")
    int start(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Option(names = "--format", defaultValue = "table", description = "table | json") String format) {
        try (Services app = store.open()) {
            print(app.experiments.start(id, ACTOR), format);
        }
        return 0;
    }

    @Command(name = "stop", description = "Stop assigning units to an experiment.")
    int stop(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Option(names = "--format", defaultValue = "table", description = "table | json") String format) {
        try (Services app = store.open()) {
            print(app.experiments.stop(id, ACTOR), format);
        }
        return 0;
    }

    @Command(name = "approve", description = "Approve a variant (e.g. a drafted challenger) so that it may run.")
    int approve(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Parameters(paramLabel = "VARIANT") String variant,
            @Option(names = "--format", defaultValue = "table", description = "table | json") String format) {
        try (Services app = store.open()) {
            print(app.experiments.approve(id, variant, ACTOR), format);
        }
        return 0;
    }

    @Command(name = "list", description = "Every experiment, newest first.")
    int list(
            @Mixin StoreOptions store,
            @Option(names = "--format", defaultValue = "table", description = "table | json | jsonl | csv")
                    String format) {
        try (Services app = store.open()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Experiment e : app.experiments.list()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("id", e.id());
                r.put("status", e.status().wireName());
                r.put("design", e.design());
                r.put("metric", e.metric().wireName());
                r.put("variants", e.variants().size());
                r.put("campaign", e.campaignId() == null ? "" : e.campaignId());
                r.put("name", e.name());
                rows.add(r);
            }
            Output.rows(rows, format, System.out);
        }
        return 0;
    }

    @Command(name = "assign", description = "The sticky variant of a unit in a running A/B test.")
    int assign(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Parameters(paramLabel = "UNIT") String unit) {
        try (Services app = store.open()) {
            var a = app.experiments.assign(id, unit);
            System.out.println(a.variant() + "\t" + a.payload());
        }
        return 0;
    }

    @Command(name = "report", description = "The experiment's result and a recommendation in plain words.")
    int report(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Option(names = "--cuped-days", defaultValue = "90", description = "Pre-period for CUPED in days (0 = off)")
                    int cupedDays,
            @Option(names = "--format", defaultValue = "table", description = "table | json") String format) {
        try (Services app = store.open()) {
            ExperimentReports.Reported reported = app.experimentReports.report(id, cupedDays);
            if (format.equals("json")) {
                Output.json(ReportView.report(reported), System.out);
            } else {
                printReport(reported);
            }
        }
        return 0;
    }

    @Command(name = "advance", description = "Optimisation loop: decide a decisive round and draft the next one.")
    int advance(@Mixin StoreOptions store, @Parameters(paramLabel = "ID") String id) {
        try (Services app = store.open()) {
            var round = app.optimisation.advance(id, ACTOR);
            System.out.println("Round " + round.round() + " of campaign " + round.campaignId() + ": " + round.outcome()
                    + (round.winner() == null ? "" : ", winner " + round.winner()));
            System.out.println(round.distinguished());
            System.out.println(round.recommendation());
            System.out.println("Challengers (" + round.challengerSource() + "): " + round.challengers());
            if (round.nextExperimentId() != null) {
                System.out.println("Next round (approve its challengers, then start it): " + round.nextExperimentId());
            }
        }
        return 0;
    }

    @Command(name = "rounds", description = "The optimisation history of a campaign.")
    int rounds(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "CAMPAIGN") String campaign,
            @Option(names = "--format", defaultValue = "table", description = "table | json") String format) {
        try (Services app = store.open()) {
            var history = app.optimisation.history(campaign);
            if (format.equals("json")) {
                Output.json(history, System.out);
                return 0;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (var r : history) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("round", r.round());
                row.put("experiment", r.experimentId());
                row.put("outcome", r.outcome());
                row.put("winner", r.winner() == null ? "" : r.winner());
                row.put("retired", String.join(" ", r.retired()));
                row.put("challengers", r.challengers().size());
                row.put("next", r.nextExperimentId() == null ? "" : r.nextExperimentId());
                rows.add(row);
            }
            Output.rows(rows, "table", System.out);
        }
        return 0;
    }

    @Command(name = "arm", description = "The arm a running bandit picks for a unit.")
    int arm(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Parameters(paramLabel = "UNIT") String unit) {
        try (Services app = store.open()) {
            var c = app.bandits.choose(id, unit);
            System.out.println(c.variant() + "\t" + c.payload());
        }
        return 0;
    }

    @Command(name = "reward", description = "Teach a running bandit the reward a variant earned.")
    int reward(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Parameters(paramLabel = "VARIANT") String variant,
            @Parameters(paramLabel = "REWARD") double reward) {
        try (Services app = store.open()) {
            var state = app.bandits.reward(id, variant, reward);
            System.out.println("pulls " + state.pulls() + ", reward sums " + state.rewardSums());
        }
        return 0;
    }

    private static void print(Experiment e, String format) {
        if (format.equals("json")) {
            Output.json(ReportView.experiment(e), System.out);
            return;
        }
        System.out.println(e.id() + "  " + e.status().wireName() + "  " + e.design() + "  "
                + e.metric().wireName() + "  " + e.name());
        for (Variant v : e.variants()) {
            System.out.printf(
                    Locale.ROOT,
                    "  %-12s weight %-5s %s%s%n",
                    v.name(),
                    v.weight(),
                    v.approved() ? "" : "[awaiting approval] ",
                    v.payload());
        }
    }

    private static void printReport(ExperimentReports.Reported reported) {
        var e = reported.experiment();
        var r = reported.report();
        boolean binary = e.metric().binary();
        System.out.println(e.name() + " (" + e.id() + ", " + e.status().wireName() + ", "
                + e.metric().wireName() + ")");
        System.out.println();
        System.out.println(r.recommendation().text());
        System.out.println();
        List<Map<String, Object>> arms = new ArrayList<>();
        for (var a : r.arms()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("variant", a.name());
            row.put("units", a.units());
            row.put("mean", binary ? pct(a.mean()) : money(a.mean()));
            row.put(
                    "95% CI",
                    binary ? pct(a.ciLow()) + " … " + pct(a.ciHigh()) : money(a.ciLow()) + " … " + money(a.ciHigh()));
            row.put("P(best)", pct(a.probBest()));
            arms.add(row);
        }
        Output.rows(arms, "table", System.out);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var c : r.comparisons()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("vs control", c.variant());
            row.put("diff", binary ? pts(c.diff()) : money(c.diff()));
            row.put("lift", pct(c.relativeLift()));
            row.put("p", String.format(Locale.ROOT, "%.3g", c.pValue()));
            row.put("p (Holm)", String.format(Locale.ROOT, "%.3g", c.adjustedP()));
            row.put("P(beat)", pct(c.probBeatsControl()));
            row.put("always-valid p", String.format(Locale.ROOT, "%.3g", c.sequentialP()));
            row.put(
                    "conf. sequence",
                    binary
                            ? pts(c.sequenceLow()) + " … " + pts(c.sequenceHigh())
                            : money(c.sequenceLow()) + " … " + money(c.sequenceHigh()));
            c.cuped().ifPresent(cu -> row.put("CUPED diff", binary ? pts(cu.diff()) : money(cu.diff())));
            rows.add(row);
        }
        System.out.println();
        Output.rows(rows, "table", System.out);
        System.out.printf(
                Locale.ROOT,
                "%nSample ratio: chi-square %.3f, p = %.3g%s%n",
                r.sampleRatio().chiSquare(),
                r.sampleRatio().pValue(),
                r.sampleRatio().mismatch() ? "  MISMATCH" : "");
        r.cuped()
                .ifPresent(c -> System.out.printf(
                        Locale.ROOT,
                        "CUPED: θ = %.4f, variance reduced by %.1f %%%n",
                        c.theta(),
                        100 * c.varianceReduction()));
        System.out.println("Method: " + r.method());
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f %%", 100 * v) : "—";
    }

    private static String pts(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%+.2f pt", 100 * v) : "—";
    }

    private static String money(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "—";
    }
}
