package io.marketpilot.app.web.dashboard;

import io.javalin.http.Context;
import io.marketpilot.app.experiment.ExperimentReports;
import io.marketpilot.app.experiment.ReportView;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Routes;
import io.marketpilot.core.experiment.Experiment;
import io.marketpilot.core.experiment.OptimisationRound;
import io.marketpilot.experiments.bandit.BanditState;
import io.marketpilot.experiments.report.ExperimentReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "Experiments" page: every experiment with its status, and a result page per experiment with cumulative
 * metric charts, intervals, posteriors, the sequential boundary, the SRM check, the recommendation, the bandit's
 * learning, and the campaign's optimisation rounds.
 */
public final class ExperimentsPage {
    private final Services app;
    private final Dashboard dashboard;

    ExperimentsPage(Services app, Dashboard dashboard) {
        this.app = app;
        this.dashboard = dashboard;
    }

    /** One row of the list. */
    public record Row(Experiment experiment, long events) {}

    /** The list. */
    public record ListView(Frame frame, List<Row> rows) {}

    /** One bandit arm's learning so far. */
    public record ArmLearning(String variant, long pulls, double meanReward, double share) {}

    /** One experiment's result page; {@code arms} is empty for A/B tests, {@code rounds} without a campaign. */
    public record Detail(
            Frame frame,
            Experiment experiment,
            ExperimentReport report,
            String reportJson,
            List<ArmLearning> arms,
            List<OptimisationRound> rounds,
            Map<String, ExperimentReport> guardrails) {
        public boolean binary() {
            return experiment.metric().binary();
        }

        public String value(double v) {
            if (!Double.isFinite(v)) {
                return "—";
            }
            return binary() ? String.format(Locale.ROOT, "%.2f %%", 100 * v) : String.format(Locale.ROOT, "%.2f", v);
        }

        public String effect(double v) {
            if (!Double.isFinite(v)) {
                return v > 0 ? "+∞" : v < 0 ? "−∞" : "—";
            }
            return binary() ? String.format(Locale.ROOT, "%+.2f pt", 100 * v) : String.format(Locale.ROOT, "%+.2f", v);
        }

        public String p(double v) {
            return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3g", v) : "—";
        }

        public String share(double v) {
            return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f %%", 100 * v) : "—";
        }
    }

    void register(Routes routes) {
        routes.page("/experiments", Access.VIEWER, ctx -> dashboard.page(ctx, "Experiments", this::list));
        routes.page("/experiments/{id}", Access.VIEWER, ctx -> dashboard.page(ctx, "Experiments", f -> detail(ctx, f)));
    }

    private Dashboard.View list(Frame frame) {
        Map<String, Long> counts = app.experimentEventCounts();
        List<Row> rows = app.experiments.list().stream()
                .map(e -> new Row(e, counts.getOrDefault(e.id(), 0L)))
                .toList();
        return new Dashboard.View("experiments.jte", new ListView(frame, rows));
    }

    private Dashboard.View detail(Context ctx, Frame frame) {
        var reported = app.experimentReports.report(ctx.pathParam("id"), ExperimentReports.DEFAULT_CUPED_DAYS);
        Experiment e = reported.experiment();
        List<ArmLearning> arms = new ArrayList<>();
        if (e.bandit()) {
            BanditState state = app.bandits.state(e.id());
            long total = state.pulls().stream().mapToLong(Long::longValue).sum();
            for (int i = 0; i < state.arms(); i++) {
                long pulls = state.pulls().get(i);
                arms.add(new ArmLearning(
                        e.variants().get(i).name(),
                        pulls,
                        pulls == 0 ? Double.NaN : state.rewardSums().get(i) / pulls,
                        total == 0 ? 0 : (double) pulls / total));
            }
        }
        List<OptimisationRound> rounds = e.campaignId() == null ? List.of() : app.optimisation.history(e.campaignId());
        return new Dashboard.View(
                "experiment.jte",
                new Detail(
                        frame,
                        e,
                        reported.report(),
                        Format.scriptJson(ReportView.report(reported)),
                        arms,
                        rounds,
                        reported.guardrails()));
    }
}
