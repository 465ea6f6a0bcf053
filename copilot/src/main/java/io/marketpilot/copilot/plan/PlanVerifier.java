package io.marketpilot.copilot.plan;

import io.marketpilot.copilot.tools.Figure;
import io.marketpilot.copilot.tools.ToolCall;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.llm.StatedNumbers;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses a plan that states a number no tool returned, with the check persona narratives pass
 * ({@link StatedNumbers}): a plan may quote the figures of its tool calls, their arguments and the goal's own
 * numbers, written exactly as they were, and nothing else countable. Every estimate must name a call it made and
 * give as its low and high two figures of that call; the proposal's segment must be one a call read, and its
 * holdout share one a call designed or projected with. The rule-based planner passes by construction; a model's
 * plan is held to the same check.
 */
public final class PlanVerifier {
    private PlanVerifier() {}

    /** The plan, when every number it states is traced. */
    public static Plan verify(Plan plan) {
        Set<String> known = new HashSet<>(StatedNumbers.in(plan.goal()));
        Map<String, ToolCall> calls = new HashMap<>();
        for (ToolCall call : plan.toolCalls()) {
            calls.put(call.id(), call);
            for (Figure f : call.figures()) {
                known.addAll(StatedNumbers.in(f.value()));
            }
            for (Map.Entry<String, String> a : call.arguments().entrySet()) {
                known.addAll(StatedNumbers.in(a.getValue()));
            }
        }
        for (Plan.Estimate e : plan.estimates()) {
            ToolCall source = calls.get(e.toolCallId());
            if (source == null) {
                throw refused("its estimate '" + e.name() + "' names tool call " + e.toolCallId()
                        + ", which the plan did not make");
            }
            List<String> figures = source.figures().stream().map(Figure::value).toList();
            for (String bound : List.of(e.low(), e.high())) {
                if (!figures.contains(bound)) {
                    throw refused("its estimate '" + e.name() + "' gives " + bound + ", which is no figure of "
                            + e.toolCallId());
                }
            }
        }
        Plan.Proposal p = plan.proposal();
        if (plan.toolCalls().stream()
                .noneMatch(c -> argument(c, "run", Long.toString(p.runId()))
                        && argument(c, "segment", Integer.toString(p.segment())))) {
            throw refused("it proposes segment " + p.segment() + " of run " + p.runId() + ", which no tool call read");
        }
        if (plan.toolCalls().stream().noneMatch(c -> argument(c, "holdout_share", Double.toString(p.holdoutShare())))) {
            throw refused("it holds out a share of " + p.holdoutShare()
                    + ", which no holdout_design or outlook call was made with");
        }
        StatedNumbers.firstUnknown(plan.statedText(), known).ifPresent(n -> {
            throw refused("it states " + n + ", which no tool returned");
        });
        return plan;
    }

    private static boolean argument(ToolCall call, String name, String value) {
        return value.equals(call.arguments().get(name));
    }

    private static MarketPilotException refused(String why) {
        return MarketPilotException.invalid("The plan is refused: " + why);
    }
}
