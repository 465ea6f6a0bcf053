package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.experiment.ExperimentReports;
import io.marketpilot.app.experiment.NewExperiment;
import io.marketpilot.app.experiment.ReportView;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.experiment.Experiment;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code /experiments}: definitions and life cycle, sticky assignment, bandit arms and rewards, reports, and the
 * optimisation loop's rounds per campaign.
 */
public final class ExperimentApi {
    /** A unit to assign. */
    public record UnitRequest(@Nullable String unitId) {}

    /** A reward for a bandit's variant. */
    public record RewardRequest(
            @Nullable String variant, @Nullable Double reward) {}

    private final Services app;

    public ExperimentApi(Services app) {
        this.app = app;
    }

    public void register(ApiRegistry api) {
        String tag = "Experiments";
        api.get("/experiments", Access.VIEWER, tag, "Experiments, newest first, with their status")
                .returns("ExperimentList")
                .handle(ctx -> ctx.json(app.experiments.list().stream()
                        .map(ReportView::experiment)
                        .toList()));
        api.post(
                        "/experiments",
                        Access.MARKETER,
                        tag,
                        "Create a draft experiment: variants (first = control) with weights and payload or content id,"
                                + " metric, guardrails, segment, design (ab or a bandit policy)")
                .body("NewExperiment")
                .created("Experiment")
                .fails(ErrorCode.CONFLICT, "An experiment with this id exists")
                .handle(this::create);
        api.get("/experiments/{id}", Access.VIEWER, tag, "One experiment")
                .returns("Experiment")
                .handle(ctx -> ctx.json(ReportView.experiment(app.experiments.get(ctx.pathParam("id")))));
        api.post("/experiments/{id}/start", Access.MARKETER, tag, "Start (or resume); every variant must be approved")
                .returns("Experiment")
                .fails(ErrorCode.CONFLICT, "Not a draft or stopped experiment, or a variant is not approved")
                .handle(ctx -> ctx.json(ReportView.experiment(app.experiments.start(ctx.pathParam("id"), actor(ctx)))));
        api.post("/experiments/{id}/stop", Access.MARKETER, tag, "Stop assigning units")
                .returns("Experiment")
                .fails(ErrorCode.CONFLICT, "The experiment is not running")
                .handle(ctx -> ctx.json(ReportView.experiment(app.experiments.stop(ctx.pathParam("id"), actor(ctx)))));
        api.post(
                        "/experiments/{id}/variants/{variant}/approve",
                        Access.MARKETER,
                        tag,
                        "A person approves a variant (e.g. a drafted challenger) so that it may run")
                .returns("Experiment")
                .fails(ErrorCode.CONFLICT, "The experiment is no longer a draft")
                .handle(ctx -> ctx.json(ReportView.experiment(
                        app.experiments.approve(ctx.pathParam("id"), ctx.pathParam("variant"), actor(ctx)))));
        api.post(
                        "/experiments/{id}/assignments",
                        Access.MARKETER,
                        tag,
                        "The sticky variant of a unit in a running A/B test (hash of salt and unit id); 409 for a unit"
                                + " outside the target segment")
                .body("UnitRequest")
                .returns("Assignment")
                .fails(ErrorCode.CONFLICT, "Not a running A/B test, or the unit is outside the target segment")
                .handle(ctx -> ctx.json(app.experiments.assign(ctx.pathParam("id"), unit(ctx))));
        api.post(
                        "/experiments/{id}/arm",
                        Access.MARKETER,
                        tag,
                        "The arm a running bandit picks for a unit (409 outside the target segment)")
                .body("UnitRequest")
                .returns("ArmChoice")
                .fails(ErrorCode.CONFLICT, "Not a running bandit, or the unit is outside the target segment")
                .handle(ctx -> ctx.json(app.bandits.choose(ctx.pathParam("id"), unit(ctx))));
        api.post("/experiments/{id}/rewards", Access.MARKETER, tag, "Teach a running bandit the reward of a variant")
                .body("RewardRequest")
                .returns("BanditState")
                .fails(ErrorCode.CONFLICT, "Not a running bandit")
                .handle(this::reward);
        api.get("/experiments/{id}/bandit", Access.VIEWER, tag, "What a bandit has learned: pulls and rewards per arm")
                .returns("BanditState")
                .fails(ErrorCode.CONFLICT, "The experiment is not a bandit")
                .handle(ctx -> ctx.json(app.bandits.state(ctx.pathParam("id"))));
        api.get(
                        "/experiments/{id}/report",
                        Access.VIEWER,
                        tag,
                        "Frequentist, Bayesian and sequential result, SRM, CUPED, daily series and a recommendation")
                .query("cupedDays", "integer", "Pre-period in days for CUPED (default 90, 0 = off)")
                .returns("ExperimentReport")
                .handle(ctx -> ctx.json(ReportView.report(app.experimentReports.report(
                        ctx.pathParam("id"),
                        Requests.intParam(ctx, "cupedDays", ExperimentReports.DEFAULT_CUPED_DAYS)))));
        api.post(
                        "/experiments/{id}/advance",
                        Access.MARKETER,
                        tag,
                        "Optimisation loop: if decisive, decide, retire losers, promote the winner and draft"
                                + " challengers for the next round (409 while not decisive)")
                .returns("OptimisationRound")
                .fails(ErrorCode.CONFLICT, "The result is not decisive yet, or the experiment is not running")
                .handle(ctx -> ctx.json(app.optimisation.advance(ctx.pathParam("id"), actor(ctx))));
        api.get("/campaigns/{id}/rounds", Access.VIEWER, tag, "Every decided round of a campaign's optimisation loop")
                .returns("OptimisationRoundList")
                .handle(this::rounds);
    }

    private void create(Context ctx) {
        com.fasterxml.jackson.databind.JsonNode body =
                Requests.body(ctx, com.fasterxml.jackson.databind.JsonNode.class);
        // A variant without a weight gets 1 (an equal split); without "approved" it awaits a person's approval.
        if (body.path("variants").isArray()) {
            for (var v : body.get("variants")) {
                if (v instanceof com.fasterxml.jackson.databind.node.ObjectNode o && !o.hasNonNull("weight")) {
                    o.put("weight", 1.0);
                }
            }
        }
        NewExperiment spec;
        try {
            spec = io.marketpilot.app.web.Json.mapper().treeToValue(body, NewExperiment.class);
        } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
            if (e.getCause() instanceof MarketPilotException mp) {
                throw mp;
            }
            throw MarketPilotException.invalid("Invalid experiment: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw MarketPilotException.invalid("Invalid experiment: " + e.getMessage());
        }
        Experiment e = app.experiments.create(spec, actor(ctx));
        ctx.status(201).json(ReportView.experiment(e));
    }

    private void reward(Context ctx) {
        RewardRequest r = Requests.body(ctx, RewardRequest.class);
        if (r.variant() == null || r.reward() == null) {
            throw MarketPilotException.invalid("variant and reward are required");
        }
        ctx.json(app.bandits.reward(ctx.pathParam("id"), r.variant(), r.reward()));
    }

    private void rounds(Context ctx) {
        String campaign = ctx.pathParam("id");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("campaign_id", campaign);
        out.put("rounds", app.optimisation.history(campaign));
        out.put(
                "experiments",
                app.experiments.campaign(campaign).stream()
                        .map(ReportView::experiment)
                        .toList());
        ctx.json(out);
    }

    private static String unit(Context ctx) {
        UnitRequest u = Requests.body(ctx, UnitRequest.class);
        if (u.unitId() == null || u.unitId().isBlank()) {
            throw MarketPilotException.invalid("unitId is required");
        }
        return u.unitId();
    }

    private static String actor(Context ctx) {
        return Authenticator.principal(ctx).actor();
    }
}
