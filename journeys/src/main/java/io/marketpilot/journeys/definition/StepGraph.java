package io.marketpilot.journeys.definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules that tie a journey's steps together: ids are unique, and every step a step goes to exists and lies below
 * it in the list. Going only forward means no journey can loop, so every customer reaches an exit, and a step list
 * reads top to bottom as the journey runs.
 */
public final class StepGraph {
    private StepGraph() {}

    /**
     * One broken rule.
     *
     * @param stepIndex the step, by its place in the list
     * @param field the field of that step that breaks it ({@code id}, {@code next}, {@code then}, …)
     */
    public record Problem(int stepIndex, String field, String message) {}

    /** Every broken rule of the list, in list order; empty when the steps fit together. */
    public static List<Problem> problems(List<Step> steps) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Integer before = index.putIfAbsent(steps.get(i).id(), i);
            if (before != null) {
                problems.add(new Problem(
                        i, "id", "step id '" + steps.get(i).id() + "' is used by step " + before + " already"));
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            for (var target : fields(step).entrySet()) {
                Integer at = index.get(target.getValue());
                if (at == null) {
                    problems.add(new Problem(i, target.getKey(), "no step has the id '" + target.getValue() + "'"));
                } else if (at <= i) {
                    problems.add(new Problem(
                            i,
                            target.getKey(),
                            "step '" + target.getValue() + "' is not below step '" + step.id()
                                    + "': a journey only goes forward"));
                }
            }
        }
        return problems;
    }

    /** The targets of a step by the field that names them. */
    private static Map<String, String> fields(Step step) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        switch (step) {
            case Step.Wait w -> put(fields, "next", w.next());
            case Step.WaitForSendTime w -> put(fields, "next", w.next());
            case Step.WaitForEvent w -> {
                put(fields, "next", w.next());
                put(fields, "onTimeout", w.onTimeout());
            }
            case Step.Branch b -> {
                fields.put("then", b.then());
                fields.put("else", b.otherwise());
            }
            case Step.Send s -> put(fields, "next", s.next());
            case Step.Update u -> put(fields, "next", u.next());
            case Step.Exit e -> {}
        }
        return fields;
    }

    private static void put(Map<String, String> fields, String field, Optional<String> target) {
        target.ifPresent(t -> fields.put(field, t));
    }
}
