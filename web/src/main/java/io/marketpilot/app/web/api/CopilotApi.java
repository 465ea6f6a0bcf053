package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.copilot.Copilot;
import io.marketpilot.app.copilot.PlanView;
import io.marketpilot.app.copilot.PlannerChoice;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import org.jspecify.annotations.Nullable;

/**
 * {@code /plans}: the strategy copilot. A marketer asks for a plan for a goal (planned offline from the shop's figures,
 * kept with every tool call behind it) and approves it, which launches it as drafts (a campaign, a paused journey,
 * or content from its brief) that still need their own review, or rejects it, saying why; viewers read plans and what their campaigns measured. The answers are the
 * copilot's records, as {@code plan --format json} prints them.
 */
public final class CopilotApi {
    private final Copilot copilot;

    public CopilotApi(Copilot copilot) {
        this.copilot = copilot;
    }

    /** What to plan for, and with which planner (absent: the default). */
    public record GoalBody(@Nullable String goal, @Nullable String planner) {}

    /** A review's comment; absent is an empty comment. */
    public record ReviewBody(@Nullable String comment) {}

    public void register(ApiRegistry api) {
        String tag = "Copilot";
        api.get("/plans", Access.VIEWER, tag, "Kept plans, newest first, with their review and what they launched")
                .query("limit", "integer", "Plans to return, 1–" + Copilot.MAX_LISTED + " (default 50)")
                .returns("CopilotPlanList")
                .handle(ctx -> ctx.json(copilot.list(Requests.intParam(ctx, "limit", 50))));
        api.post(
                        "/plans",
                        Access.MARKETER,
                        tag,
                        "Plan for a goal from the shop's figures and keep the plan with every tool call, snapshot id and"
                                + " figure behind it; nothing is created or sent. The planner is the configured"
                                + " language model calling the copilot's tools, or the rules when none is configured"
                                + " (planner: auto, the default); rules or llm names one, to compare them")
                .body("CopilotGoal")
                .created("CopilotPlan")
                .fails(ErrorCode.CONFLICT, "There is no segmentation run to plan over yet")
                .fails(
                        ErrorCode.UNAVAILABLE,
                        "The model's plan failed verification twice, or the model could not answer (audited as"
                                + " plan.refused; the rules never stand in unasked)")
                .handle(this::plan);
        api.get("/plans/{id}", Access.VIEWER, tag, "One plan with its reasoning and its tool calls")
                .returns("CopilotPlan")
                .handle(ctx -> ctx.json(copilot.get(id(ctx))));
        api.get(
                        "/plans/{id}/outcome",
                        Access.VIEWER,
                        tag,
                        "What the plan predicted beside what its campaigns measured: recipients, and the conversion lift"
                                + " over the holdout with its interval once a campaign is scheduled")
                .returns("CopilotOutcome")
                .handle(ctx -> ctx.json(copilot.outcome(id(ctx))));
        api.post(
                        "/plans/{id}/approve",
                        Access.MARKETER,
                        tag,
                        "Approve a proposed plan and launch it as drafts: a draft campaign to its segment and, for a"
                                + " win-back or reactivation, a paused journey, both sending the newest approved"
                                + " content of the plan's channel; without approved content, variants drafted from the"
                                + " plan's content brief for review instead (then launch). Nothing is sent before each"
                                + " draft's own review")
                .body("CopilotReview")
                .returns("CopilotApproval")
                .fails(ErrorCode.CONFLICT, "The plan is not proposed any more (approved, rejected or launched)")
                .handle(ctx -> ctx.json(copilot.approve(id(ctx), actor(ctx), comment(ctx))));
        api.post(
                        "/plans/{id}/launch",
                        Access.MARKETER,
                        tag,
                        "Launch an approved plan whose approval found no approved content, once a variant of its"
                                + " channel is approved: creates the drafts approval would have")
                .returns("CopilotApproval")
                .fails(
                        ErrorCode.CONFLICT,
                        "The plan is not approved, has launched already, or its channel still has no approved"
                                + " content")
                .handle(ctx -> ctx.json(copilot.launch(id(ctx), actor(ctx))));
        api.post("/plans/{id}/reject", Access.MARKETER, tag, "Reject a proposed plan, saying why")
                .body("CopilotReview")
                .returns("CopilotPlan")
                .fails(ErrorCode.CONFLICT, "The plan is not proposed any more (approved, rejected or launched)")
                .handle(ctx -> ctx.json(copilot.reject(id(ctx), actor(ctx), comment(ctx))));
    }

    private void plan(Context ctx) {
        GoalBody body = Requests.body(ctx, GoalBody.class);
        String goal = body.goal();
        if (goal == null) {
            throw MarketPilotException.invalid(
                    "A plan needs a goal: {\"goal\": \"win back lapsed high-value" + " customers\"}");
        }
        PlanView kept = copilot.plan(goal, actor(ctx), PlannerChoice.parse(body.planner()));
        ctx.status(201).json(kept);
    }

    private static String comment(Context ctx) {
        String comment = Requests.optionalBody(ctx, ReviewBody.class)
                .orElse(new ReviewBody(null))
                .comment();
        return comment == null ? "" : comment.strip();
    }

    private static String actor(Context ctx) {
        return Authenticator.principal(ctx).actor();
    }

    /** The path's plan id; one that is not a whole number names no plan. */
    private static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw MarketPilotException.notFound("Plan", raw);
        }
    }
}
