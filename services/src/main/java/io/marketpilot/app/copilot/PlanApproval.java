package io.marketpilot.app.copilot;

import org.jspecify.annotations.Nullable;

/**
 * What approving a plan did: the plan as it now stands, the draft campaign it created (nothing is sent: the
 * campaign waits for its own review), and, when no draft could be made, why.
 */
public record PlanApproval(PlanView plan, @Nullable String campaignId, String note) {}
