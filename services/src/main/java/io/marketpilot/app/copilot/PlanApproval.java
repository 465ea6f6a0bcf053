package io.marketpilot.app.copilot;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What approving (or launching) a plan did: the plan as it now stands, the draft campaign and paused journey it
 * created (nothing is sent: each waits for its own review), the content variants it drafted from the plan's brief
 * when the channel had no approved content, and a sentence saying what happened and what comes next.
 */
public record PlanApproval(
        PlanView plan,
        @Nullable String campaignId,
        @Nullable String journeyId,
        List<Long> contentDrafts,
        String note) {
    public PlanApproval {
        contentDrafts = List.copyOf(contentDrafts);
    }
}
