package io.marketpilot.app.journey;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a journey did, over all its versions: per step, and its conversion against its holdout.
 *
 * @param entered customers who entered (each entry counts), outside the holdout
 * @param holdoutEntered entries held out (they walk the journey and are sent nothing)
 * @param converted entries outside the holdout that reached the goal
 * @param holdoutConverted held-out entries that reached the goal
 * @param conversionDifference the entries' conversion rate minus the holdout's; null when a group is empty
 * @param conversionLow the low end of Newcombe's interval for that difference (95 %); null when a group is empty
 * @param relativeLift the rate over the holdout's, minus 1; null when the holdout converted nobody
 * @param verdict what the figures show, in a sentence
 */
public record JourneyReport(
        String journeyId,
        String name,
        String status,
        List<StepFigures> steps,
        long entered,
        long holdoutEntered,
        long converted,
        long holdoutConverted,
        @Nullable Double conversionDifference,
        @Nullable Double conversionLow,
        @Nullable Double conversionHigh,
        @Nullable Double relativeLift,
        String verdict) {
    public JourneyReport {
        steps = List.copyOf(steps);
    }

    /**
     * One step's counts, over every version that has it, holdout included.
     *
     * @param entered customers who reached the step (the first step: entries)
     * @param waiting customers on the step now
     * @param branched branch steps: how often the condition held ({@code then}) and did not ({@code else}) together
     * @param sent messages queued; {@code notSent} those a rule refused; {@code heldOut} passed over in the holdout
     * @param converted customers who reached the goal while on this step
     * @param exited customers who left the journey here (an exit step or past the last step)
     */
    public record StepFigures(
            String stepId,
            long entered,
            long waiting,
            long branched,
            long sent,
            long notSent,
            long heldOut,
            long converted,
            long exited) {}
}
