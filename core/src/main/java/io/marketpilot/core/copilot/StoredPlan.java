package io.marketpilot.core.copilot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A plan as kept: the goal, who planned it (the rule-based planner or an LLM's model name) under which prompt
 * version, the plan itself as its JSON, the data snapshots its tool calls read, and its review and launch.
 *
 * @param id assigned by the store; 0 before it is saved
 * @param planner {@code rule-based/1} or the model, e.g. {@code llm:openai/gpt-4o-mini}
 * @param body the plan as the copilot's JSON form, with its tool calls and their results
 * @param snapshotIds the data each tool call read, e.g. {@code segmentation-run:12}
 * @param launched the ids of the drafts approval created, e.g. {@code campaign:plan-3-win-back}
 */
public record StoredPlan(
        long id,
        String goal,
        String planner,
        String promptVersion,
        String body,
        List<String> snapshotIds,
        PlanStatus status,
        String createdBy,
        Instant createdAt,
        Optional<Review> review,
        List<String> launched) {
    public StoredPlan {
        snapshotIds = List.copyOf(snapshotIds);
        launched = List.copyOf(launched);
    }

    /** Who decided, when, and why. */
    public record Review(String reviewer, Instant at, String comment) {}

    /** A new plan, not yet saved. */
    public static StoredPlan proposed(
            String goal,
            String planner,
            String promptVersion,
            String body,
            List<String> snapshotIds,
            String by,
            Instant at) {
        return new StoredPlan(
                0,
                goal,
                planner,
                promptVersion,
                body,
                snapshotIds,
                PlanStatus.PROPOSED,
                by,
                at,
                Optional.empty(),
                List.of());
    }
}
