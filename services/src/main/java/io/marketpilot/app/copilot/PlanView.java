package io.marketpilot.app.copilot;

import io.marketpilot.copilot.plan.Plan;
import io.marketpilot.copilot.plan.PlanCodec;
import io.marketpilot.core.copilot.StoredPlan;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A kept plan as the doors show it: its provenance and review, what it launched, and the plan with its tool calls.
 *
 * @param launched the drafts approval created, e.g. {@code campaign:plan-3-win-back}
 */
public record PlanView(
        long id,
        String goal,
        String status,
        String planner,
        String promptVersion,
        String createdBy,
        Instant createdAt,
        @Nullable String reviewer,
        @Nullable Instant reviewedAt,
        @Nullable String reviewComment,
        List<String> snapshotIds,
        List<String> launched,
        Plan plan) {

    static PlanView of(StoredPlan p) {
        return new PlanView(
                p.id(),
                p.goal(),
                p.status().wireName(),
                p.planner(),
                p.promptVersion(),
                p.createdBy(),
                p.createdAt(),
                p.review().map(StoredPlan.Review::reviewer).orElse(null),
                p.review().map(StoredPlan.Review::at).orElse(null),
                p.review().map(StoredPlan.Review::comment).orElse(null),
                p.snapshotIds(),
                p.launched(),
                PlanCodec.read(p.body()));
    }
}
