package io.marketpilot.app.web.dashboard;

import io.javalin.http.Context;
import io.marketpilot.app.copilot.Copilot;
import io.marketpilot.app.copilot.PlanView;
import io.marketpilot.app.copilot.PlannerChoice;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.app.web.auth.Routes;
import io.marketpilot.copilot.plan.Plan;
import io.marketpilot.copilot.tools.ToolCall;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.access.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The "Copilot" pages: a goal box that asks the copilot for a plan, the plans kept (status, reviewer, predicted
 * recipients against what the launched campaign measured), and a plan's page — audience, offer, channel, timing,
 * content brief and measurement in words, the expected ranges, the reasoning, every stated number beside the tool
 * calls it came from, the tool calls with their snapshot ids and figures, what the launched campaign measured, and
 * approve (drafts: a campaign, a paused journey for a win-back, or content from the brief; linked), launch once
 * content is approved, or reject with a comment. Viewers read; marketers plan and review, as with
 * campaigns. Forms post and redirect back, so the pages work without JavaScript.
 */
final class CopilotPage {
    private static final int LIST_SIZE = 50;
    private static final int MAX_ECHO = 1_000;

    private final Copilot copilot;
    private final Dashboard dashboard;

    CopilotPage(Copilot copilot, Dashboard dashboard) {
        this.copilot = copilot;
        this.dashboard = dashboard;
    }

    void register(Routes routes) {
        routes.page("/copilot", Access.VIEWER, ctx -> dashboard.page(ctx, "Copilot", f -> list(ctx, f)));
        routes.form("/copilot", Access.MARKETER, this::plan);
        routes.page("/copilot/{id}", Access.VIEWER, ctx -> dashboard.page(ctx, "Copilot", f -> detail(ctx, f)));
        routes.form("/copilot/{id}/action", Access.MARKETER, this::review);
    }

    private Dashboard.View list(Context ctx, Frame frame) {
        List<CopilotViews.Row> rows = new ArrayList<>();
        for (PlanView p : copilot.list(LIST_SIZE)) {
            rows.add(new CopilotViews.Row(p, copilot.outcome(p.id())));
        }
        return new Dashboard.View(
                "copilot.jte",
                new CopilotViews.ListView(
                        frame,
                        rows,
                        Dashboard.callerHas(ctx, Role.MARKETER),
                        param(ctx, "goal"),
                        param(ctx, "message"),
                        copilot.defaultPlanner()));
    }

    private Dashboard.View detail(Context ctx, Frame frame) {
        PlanView view = copilot.get(id(ctx.pathParam("id")));
        Plan plan = view.plan();
        List<CopilotViews.CallRow> calls = new ArrayList<>();
        for (int i = 0; i < plan.toolCalls().size(); i++) {
            calls.add(new CopilotViews.CallRow(i + 1, plan.toolCalls().get(i)));
        }
        List<String> callIds = plan.toolCalls().stream().map(ToolCall::id).toList();
        List<CopilotViews.EstimateRow> estimates = plan.estimates().stream()
                .map(e -> new CopilotViews.EstimateRow(e, callIds.indexOf(e.toolCallId()) + 1))
                .toList();
        return new Dashboard.View(
                "copilot-plan.jte",
                new CopilotViews.Detail(
                        frame,
                        view,
                        copilot.outcome(view.id()),
                        estimates,
                        PlanTrace.of(plan),
                        calls,
                        Dashboard.callerHas(ctx, Role.MARKETER),
                        param(ctx, "message")));
    }

    /** The goal box: a kept plan leads to its page; a refused goal comes back with the reason and the goal kept. */
    private void plan(Context ctx) {
        String goal = param(ctx, "goal");
        try {
            PlanView kept = copilot.plan(
                    goal, Authenticator.principal(ctx).actor(), PlannerChoice.parse(param(ctx, "planner")));
            ctx.redirect("/copilot/" + kept.id() + "?message="
                    + encode("Plan " + kept.id() + " proposed by " + kept.planner() + ": read it, then approve it"
                            + " (it becomes drafts) or reject it."));
        } catch (MarketPilotException e) {
            String back = goal.length() <= MAX_ECHO ? "&goal=" + encode(goal) : "";
            ctx.redirect("/copilot?message=" + encode(clip(reason(e))) + back);
        }
    }

    private void review(Context ctx) {
        long id = id(ctx.pathParam("id"));
        String actor = Authenticator.principal(ctx).actor();
        String comment = param(ctx, "comment");
        String done;
        try {
            done = switch (param(ctx, "action")) {
                case "approve" -> copilot.approve(id, actor, comment).note();
                case "launch" -> copilot.launch(id, actor).note();
                case "reject" -> {
                    copilot.reject(id, actor, comment);
                    yield "Plan " + id + " rejected.";
                }
                default -> throw MarketPilotException.invalid("Choose approve, launch or reject");
            };
        } catch (MarketPilotException e) {
            done = reason(e);
        }
        ctx.redirect("/copilot/" + id + "?message=" + encode(clip(done)));
    }

    /** The path's plan id; one that is not a whole number names no plan. */
    private static long id(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw MarketPilotException.notFound("Plan", raw);
        }
    }

    private static String reason(MarketPilotException e) {
        return Objects.requireNonNullElse(e.getMessage(), "refused");
    }

    private static String param(Context ctx, String name) {
        String v = ctx.formParam(name) != null ? ctx.formParam(name) : ctx.queryParam(name);
        return v == null ? "" : v.strip();
    }

    private static String clip(String text) {
        return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO - 1) + "…";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
