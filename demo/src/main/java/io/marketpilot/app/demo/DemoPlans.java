package io.marketpilot.app.demo;

import io.marketpilot.app.copilot.PlanView;
import io.marketpilot.app.copilot.PlannerChoice;
import io.marketpilot.app.services.Services;
import java.util.Optional;

/**
 * The demo's copilot plans, so that the Copilot page opens on something to read: a win-back plan left proposed for a
 * person to approve or reject, and a launch plan the demo reviewer rejected, saying why. Both are the offline
 * planner's real plans over the demo shop's figures (nothing about them is simulated); nothing is approved, so no
 * draft campaign is created.
 */
public final class DemoPlans {
    /** The goal of the plan left proposed. */
    public static final String PROPOSED_GOAL = "Win back lapsed high-value customers before Christmas";

    static final String REJECTED_GOAL = "Launch the new headset to the customers most likely to buy it";
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
        PlanView winBack = app.copilot.plan(PROPOSED_GOAL, MARKETER, PlannerChoice.RULES);
        return Optional.of("Copilot: plan " + winBack.id() + " ("
                + winBack.plan().intent().wireName()
                + ", segment " + winBack.plan().proposal().segment() + ") proposed for review, plan " + launch.id()
                + " rejected (see /copilot)");
    }
}
