package io.marketpilot.app.demo;

import io.marketpilot.app.copilot.PlanApproval;
import io.marketpilot.app.copilot.PlanView;
import io.marketpilot.app.copilot.PlannerChoice;
import io.marketpilot.app.services.Services;
import java.util.Optional;

/**
 * The demo's copilot plans, so that the Copilot page opens on something to read: a win-back plan left proposed for a
 * person to approve or reject, a launch plan the demo reviewer rejected, saying why, and a reactivation plan the demo
 * reviewer approved, which launched as drafts (a draft campaign and a paused journey, or content drafted from its brief
 * when its channel has no approved content) that wait for their own review: nothing is sent. All are the offline
 * planner's real plans over the demo shop's figures (nothing about them is simulated).
 */
public final class DemoPlans {
    /** The goal of the plan left proposed. */
    public static final String PROPOSED_GOAL = "Win back lapsed high-value customers before Christmas";

    static final String REJECTED_GOAL = "Launch the new headset to the customers most likely to buy it";
    static final String APPROVED_GOAL = "Reactivate dormant customers with a comeback offer";
    private static final String MARKETER = "demo marketer";
    private static final String REVIEWER = "demo reviewer";

    private DemoPlans() {}

    /**
     * Proposes the demo's plans unless the store has plans already or has no segmentation to plan over; returns a line
     * for the console.
     */
    public static Optional<String> seedIfEmpty(Services app) {
        if (!app.copilot.list(1).isEmpty() || app.segments.latest().isEmpty()) {
            return Optional.empty();
        }
        // by the rules even when a model is configured: the demo must come up the same without one, spending nothing
        PlanView launch = app.copilot.plan(REJECTED_GOAL, MARKETER, PlannerChoice.RULES);
        app.copilot.reject(
                launch.id(), REVIEWER, "demo: no new headset in the catalogue yet; plan it again when it is listed");
        PlanView reactivate = app.copilot.plan(APPROVED_GOAL, MARKETER, PlannerChoice.RULES);
        PlanApproval approved = app.copilot.approve(reactivate.id(), REVIEWER, "demo: approved to show its drafts");
        PlanView winBack = app.copilot.plan(PROPOSED_GOAL, MARKETER, PlannerChoice.RULES);
        return Optional.of("Copilot: plan " + winBack.id() + " ("
                + winBack.plan().intent().wireName()
                + ", segment " + winBack.plan().proposal().segment() + ") proposed for review, plan " + launch.id()
                + " rejected, plan " + reactivate.id() + " approved: " + approved.note() + " (see /copilot)");
    }
}
