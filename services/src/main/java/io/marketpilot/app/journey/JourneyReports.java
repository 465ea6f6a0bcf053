package io.marketpilot.app.journey;

import io.marketpilot.campaigns.report.CustomerOutcome;
import io.marketpilot.campaigns.report.HoldoutLift;
import io.marketpilot.campaigns.report.Interval;
import io.marketpilot.campaigns.report.LiftReport;
import io.marketpilot.campaigns.report.OrderFact;
import io.marketpilot.core.journey.Journey;
import io.marketpilot.core.journey.StepCount;
import io.marketpilot.core.journey.StepOutcome;
import io.marketpilot.journeys.definition.JourneyDefinition;
import io.marketpilot.journeys.definition.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Turns a journey's step history into its report: counts per step summed over versions (in the latest version's step
 * order, then steps only older versions have), and the entries' conversion against the holdout's by the campaigns'
 * {@link HoldoutLift} (each entry a unit; a goal reached is a conversion).
 */
final class JourneyReports {
    private static final double CONFIDENCE = 0.95;

    private JourneyReports() {}

    static JourneyReport of(
            Journey journey,
            List<StepCount> counts,
            Map<String, Long> waiting,
            IntFunction<JourneyDefinition> definition) {
        Map<String, long[]> byStep = new LinkedHashMap<>();
        definition.apply(journey.latestVersion()).steps().forEach(s -> byStep.put(s.id(), new long[8]));
        long entered = 0;
        long holdoutEntered = 0;
        long converted = 0;
        long holdoutConverted = 0;
        for (StepCount c : counts) {
            long[] f = byStep.computeIfAbsent(c.stepId(), k -> new long[8]);
            boolean exitStep = definition
                    .apply(c.version())
                    .step(c.stepId())
                    .map(s -> s instanceof Step.Exit)
                    .orElse(false);
            // every passage of a step leaves one record, besides the entry on the first step and the exit that follows
            // the last step's own record; an exit step's exit is its only record
            boolean passage = c.outcome() != StepOutcome.ENTERED && (c.outcome() != StepOutcome.EXITED || exitStep);
            if (passage) {
                f[0] += c.count();
            }
            switch (c.outcome()) {
                case ENTERED -> {
                    if (c.holdout()) {
                        holdoutEntered += c.count();
                    } else {
                        entered += c.count();
                    }
                }
                case BRANCHED_THEN, BRANCHED_ELSE -> f[2] += c.count();
                case SENT -> f[3] += c.count();
                case NOT_SENT -> f[4] += c.count();
                case HELD_OUT -> f[5] += c.count();
                case CONVERTED -> {
                    f[6] += c.count();
                    if (c.holdout()) {
                        holdoutConverted += c.count();
                    } else {
                        converted += c.count();
                    }
                }
                case EXITED -> f[7] += c.count();
                case WAITED, EVENT_SEEN, TIMED_OUT, UPDATED -> {}
            }
        }
        List<JourneyReport.StepFigures> steps = new ArrayList<>();
        byStep.forEach((id, f) -> {
            long now = waiting.getOrDefault(id, 0L);
            steps.add(new JourneyReport.StepFigures(id, f[0] + now, now, f[2], f[3], f[4], f[5], f[6], f[7]));
        });
        LiftReport lift = HoldoutLift.compare(
                outcomes(entered, converted), outcomes(holdoutEntered, holdoutConverted), CONFIDENCE);
        Optional<Interval> interval = lift.conversionInterval();
        return new JourneyReport(
                journey.id(),
                journey.name(),
                journey.status().wireName(),
                steps,
                entered,
                holdoutEntered,
                converted,
                holdoutConverted,
                interval.isPresent() ? lift.conversionDifference() : null,
                interval.map(Interval::low).orElse(null),
                interval.map(Interval::high).orElse(null),
                lift.relativeLift().orElse(null),
                verdict(interval));
    }

    /** {@code n} units of which {@code converted} converted, as the lift's input (revenue is not counted here). */
    private static List<CustomerOutcome> outcomes(long n, long converted) {
        List<CustomerOutcome> units = new ArrayList<>(Math.toIntExact(n));
        OrderFact goal = new OrderFact("entry", "goal", Instant.EPOCH, 0);
        units.addAll(Collections.nCopies(Math.toIntExact(converted), new CustomerOutcome("entry", Optional.of(goal))));
        units.addAll(
                Collections.nCopies(Math.toIntExact(n - converted), new CustomerOutcome("entry", Optional.empty())));
        return units;
    }

    private static String verdict(Optional<Interval> interval) {
        if (interval.isEmpty()) {
            return "No lift can be measured yet: the journey's entries or its holdout are empty.";
        }
        Interval i = interval.get();
        String range = String.format(
                Locale.ROOT, "%+.2f to %+.2f percentage points (95 %% interval)", 100 * i.low(), 100 * i.high());
        if (i.low() > 0) {
            return "The journey raised conversion: " + range + ".";
        }
        if (i.high() < 0) {
            return "The journey lowered conversion: " + range + ".";
        }
        return "No difference from the holdout shown yet: " + range + ".";
    }
}
