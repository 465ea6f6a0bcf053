package io.marketpilot.app.web.dashboard;

import io.marketpilot.copilot.plan.Plan;
import io.marketpilot.copilot.tools.Figure;
import io.marketpilot.copilot.tools.ToolCall;
import io.marketpilot.core.llm.StatedNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where each number a plan states came from, for the plan's page: every number of its words and estimates (as the
 * {@code PlanVerifier} reads them) beside the tool calls whose figures or arguments hold it written the same way, or
 * the goal's own words. A kept plan passed the verifier, so each number has a source; one without would be shown as
 * untraced rather than hidden.
 */
public final class PlanTrace {
    /** The sources a number shows before the rest are counted. */
    private static final int SHOWN = 4;

    private PlanTrace() {}

    /** One place a number came from: a tool call's figure or argument (by its number on the page), or the goal. */
    public record Source(int call, String tool, String what) {}

    /** A stated number and every source that holds it. */
    public record TracedNumber(String number, List<Source> sources) {
        public TracedNumber {
            sources = List.copyOf(sources);
        }

        public boolean traced() {
            return !sources.isEmpty();
        }

        /** The first few sources: a small number such as 1 may be in many figures. */
        public List<Source> shown() {
            return sources.subList(0, Math.min(SHOWN, sources.size()));
        }

        public int more() {
            return Math.max(0, sources.size() - SHOWN);
        }
    }

    static List<TracedNumber> of(Plan plan) {
        List<TracedNumber> traced = new ArrayList<>();
        for (String n : StatedNumbers.in(plan.statedText())) {
            traced.add(new TracedNumber(n, sources(plan, n)));
        }
        return traced;
    }

    private static List<Source> sources(Plan plan, String number) {
        List<Source> found = new ArrayList<>();
        List<ToolCall> calls = plan.toolCalls();
        for (int i = 0; i < calls.size(); i++) {
            ToolCall call = calls.get(i);
            for (Figure f : call.figures()) {
                if (StatedNumbers.in(f.value()).contains(number)) {
                    found.add(new Source(i + 1, call.tool(), f.name() + " = " + f.value()));
                }
            }
            for (Map.Entry<String, String> a : call.arguments().entrySet()) {
                if (StatedNumbers.in(a.getValue()).contains(number)) {
                    found.add(new Source(i + 1, call.tool(), "argument " + a.getKey() + " = " + a.getValue()));
                }
            }
        }
        if (StatedNumbers.in(plan.goal()).contains(number)) {
            found.add(new Source(0, "goal", "the goal's own words"));
        }
        return found;
    }
}
