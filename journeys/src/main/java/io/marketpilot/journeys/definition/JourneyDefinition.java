package io.marketpilot.journeys.definition;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.FieldLimits;
import java.util.List;
import java.util.Optional;

/**
 * One version of a journey as the marketer wrote it: who enters, what happens to them step by step, what counts as
 * success, whether they may enter again, and the share held out to measure it.
 *
 * @param id the journey's id, the same across its versions
 * @param holdoutShare the share of entering customers (sticky per journey and customer) who walk the journey but are
 *     sent nothing, from 0 to 0.5
 */
public record JourneyDefinition(
        String id,
        String name,
        Trigger trigger,
        List<Step> steps,
        Optional<Goal> goal,
        ReEntry reEntry,
        double holdoutShare) {
    /** The most steps a journey may have. */
    public static final int MAX_STEPS = 100;

    public JourneyDefinition {
        Rules.name(id, "journey id");
        Rules.text(name, "journey name", FieldLimits.NAME);
        Rules.present(trigger, "trigger");
        Rules.present(steps, "steps");
        Rules.present(goal, "goal");
        Rules.present(reEntry, "re-entry");
        if (steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw MarketPilotException.invalid("a journey has 1 to " + MAX_STEPS + " steps, was " + steps.size());
        }
        steps = List.copyOf(steps);
        StepGraph.problems(steps).stream().findFirst().ifPresent(p -> {
            throw MarketPilotException.invalid("step " + p.stepIndex() + " ('" + p.field() + "'): " + p.message());
        });
        Rules.holdoutShare(holdoutShare);
    }

    /** The first step, where every customer starts. */
    public Step firstStep() {
        return steps.get(0);
    }

    /** The step with this id. */
    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    /** Where a step carries on: its own {@code next}, else the step below it, else nowhere (the journey ends). */
    public Optional<String> after(Step step, Optional<String> next) {
        if (next.isPresent()) {
            return next;
        }
        int at = steps.indexOf(step);
        return at >= 0 && at + 1 < steps.size() ? Optional.of(steps.get(at + 1).id()) : Optional.empty();
    }
}
