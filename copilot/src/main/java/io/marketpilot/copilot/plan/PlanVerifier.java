package io.marketpilot.copilot.plan;

import io.marketpilot.copilot.tools.Figure;
import io.marketpilot.copilot.tools.ToolCall;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.llm.StatedNumbers;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Refuses a plan that states a number no tool returned, with the check persona narratives pass
 * ({@link StatedNumbers}): a plan may quote the figures of its tool calls, their arguments and the goal's own
 * numbers, written exactly as they were, and nothing else countable. Every estimate must name a call it made.
 */
public final class PlanVerifier {
    private PlanVerifier() {}

    /** The plan, when every number it states is traced. */
    public static Plan verify(Plan plan) {
        Set<String> known = new HashSet<>(StatedNumbers.in(plan.goal()));
        Set<String> calls = new HashSet<>();
        for (ToolCall call : plan.toolCalls()) {
            calls.add(call.id());
            for (Figure f : call.figures()) {
                known.addAll(StatedNumbers.in(f.value()));
            }
            for (Map.Entry<String, String> a : call.arguments().entrySet()) {
                known.addAll(StatedNumbers.in(a.getValue()));
            }
        }
        for (Plan.Estimate e : plan.estimates()) {
            if (!calls.contains(e.toolCallId())) {
                throw refused("its estimate '" + e.name() + "' names tool call " + e.toolCallId()
                        + ", which the plan did not make");
            }
        }
        StatedNumbers.firstUnknown(plan.statedText(), known).ifPresent(n -> {
            throw refused("it states " + n + ", which no tool returned");
        });
        return plan;
    }

    private static MarketPilotException refused(String why) {
        return MarketPilotException.invalid("The plan is refused: " + why);
    }
}
