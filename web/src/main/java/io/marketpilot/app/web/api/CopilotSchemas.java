package io.marketpilot.app.web.api;

import static io.marketpilot.app.web.api.OpenApiSchemas.object;
import static io.marketpilot.app.web.api.OpenApiSchemas.str;

import io.marketpilot.app.copilot.Copilot;
import io.marketpilot.app.copilot.PlanApproval;
import io.marketpilot.app.copilot.PlanOutcome;
import io.marketpilot.app.copilot.PlanView;
import io.marketpilot.app.copilot.PlannerChoice;
import io.marketpilot.core.input.FieldLimits;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON schemas of the copilot's endpoints: the answers are the copilot's records ({@link RecordSchemas}), so the
 * plan's tool calls, snapshot ids and figures are described as the server writes them; the bodies by hand.
 */
final class CopilotSchemas {
    private CopilotSchemas() {}

    static Map<String, Object> all() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(
                "CopilotGoal",
                object(
                        List.of("goal"),
                        "goal",
                        str(
                                "What to achieve, e.g. win back lapsed high-value customers before Christmas; its"
                                        + " words choose the intent (win-back, reactivate, launch, grow, else engage)",
                                Copilot.MAX_GOAL),
                        "planner",
                        Map.of(
                                "type",
                                "string",
                                "description",
                                "auto (default: the configured model, else the rules), rules, or llm (refused when"
                                        + " no model is configured)",
                                "enum",
                                Arrays.stream(PlannerChoice.values())
                                        .map(PlannerChoice::wireName)
                                        .toList())));
        s.put(
                "CopilotReview",
                object(List.of(), "comment", str("Why; kept with the plan and in the audit log", FieldLimits.NOTE)));
        s.put(
                "CopilotPlan",
                RecordSchemas.of(
                        PlanView.class,
                        "A kept plan: its provenance, its review, what it launched, and the plan with every tool call"
                                + " behind its numbers",
                        "status",
                        "proposed, approved, rejected or launched",
                        "planner",
                        "rule-based/1, or the model that planned it",
                        "reviewer",
                        "Who approved or rejected it; null while proposed",
                        "snapshotIds",
                        "The data its tool calls read, e.g. segmentation-run:7",
                        "launched",
                        "The drafts approval created, e.g. campaign:plan-3-win-back",
                        "plan",
                        "Audience, offer, channel, timing, content brief and measurement; estimates as ranges, each"
                                + " naming its tool call; the reasoning; the tool calls with their arguments, snapshot"
                                + " id, summary and figures (every number the plan states is one of them)"));
        s.put("CopilotPlanList", Map.of("type", "array", "items", OpenApiSchemas.ref("CopilotPlan")));
        s.put(
                "CopilotApproval",
                RecordSchemas.of(
                        PlanApproval.class,
                        "What approving or launching did: the plan as it now stands, its drafts (nothing is sent)",
                        "campaignId",
                        "The draft campaign created; null when no approved content of the plan's channel exists yet",
                        "journeyId",
                        "The paused journey created for a win-back or reactivation; null otherwise",
                        "contentDrafts",
                        "Content items drafted from the plan's brief for review, when its channel had no approved"
                                + " content",
                        "note",
                        "What happened, or what to do first"));
        s.put(
                "CopilotOutcome",
                RecordSchemas.of(
                        PlanOutcome.class,
                        "What the plan predicted beside what the campaigns it launched measured",
                        "predicted",
                        "The plan's estimates, each a range",
                        "campaigns",
                        "Each launched campaign's recipients and, once scheduled, its lift over its holdout as the"
                                + " campaign report measures it",
                        "journeys",
                        "Each launched journey's entries, hold-outs and conversions, and its report's verdict",
                        "measured",
                        "Whether any launched campaign has been scheduled, or a journey has taken customers in, so that"
                                + " there is something to compare",
                        "summary",
                        "Predicted against measured in words, or why nothing is measured yet"));
        return s;
    }
}
