package io.marketpilot.journeys.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.journeys.definition.Goal;
import io.marketpilot.journeys.definition.JourneyDefinition;
import io.marketpilot.journeys.definition.ReEntry;
import io.marketpilot.journeys.definition.Rules;
import io.marketpilot.journeys.definition.Step;
import io.marketpilot.journeys.definition.StepGraph;
import io.marketpilot.journeys.definition.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads and writes a journey's JSON, the one form the CLI's file and the API's body share. Reading goes on past the
 * first problem so that one refusal lists them all, each with its JSON path, in the exception's details as
 * {@code [{path, message}]}.
 */
public final class JourneyCodec {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("id", "name", "trigger", "steps", "goal", "reEntry", "holdout");

    private JourneyCodec() {}

    /**
     * The journey the JSON describes.
     *
     * @throws MarketPilotException (invalid input) listing every problem found, each naming its JSON path
     */
    public static JourneyDefinition read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            throw refusal(List.of(new JsonProblem("$", "is not valid JSON" + at + ": " + e.getOriginalMessage())));
        }
        if (root == null || root.isMissingNode()) {
            throw refusal(List.of(new JsonProblem("$", "is empty: a journey is a JSON object")));
        }
        List<JsonProblem> problems = new ArrayList<>();
        JsonCursor top = new JsonCursor(root, "$");
        attempt(problems, () -> {
            top.allowOnly(FIELDS);
            return true;
        });
        Optional<String> id = attempt(problems, () -> {
            JsonCursor at = top.field("id");
            return PartReader.build(at, () -> Rules.name(at.text(), "journey id"));
        });
        Optional<String> name = attempt(problems, () -> {
            JsonCursor at = top.field("name");
            return PartReader.build(
                    at, () -> Rules.text(at.text(), "journey name", io.marketpilot.core.input.FieldLimits.NAME));
        });
        Optional<Trigger> trigger = attempt(problems, () -> PartReader.trigger(top.field("trigger")));
        Optional<List<Step>> steps = attempt(problems, () -> steps(top.field("steps"), problems));
        Optional<Optional<Goal>> goal =
                attempt(problems, () -> top.optional("goal").map(PartReader::goal));
        Optional<ReEntry> reEntry = attempt(
                problems, () -> top.optional("reEntry").map(PartReader::reEntry).orElse(new ReEntry.Once()));
        Optional<Double> holdout = attempt(problems, () -> top.optional("holdout")
                .map(at -> PartReader.build(at, () -> Rules.holdoutShare(at.number())))
                .orElse(0.0));
        if (!problems.isEmpty()
                || id.isEmpty()
                || name.isEmpty()
                || trigger.isEmpty()
                || steps.isEmpty()
                || goal.isEmpty()
                || reEntry.isEmpty()
                || holdout.isEmpty()) {
            throw refusal(problems);
        }
        try {
            return new JourneyDefinition(
                    id.get(), name.get(), trigger.get(), steps.get(), goal.get(), reEntry.get(), holdout.get());
        } catch (MarketPilotException e) {
            // every rule the record checks was checked above with its path; this names what slipped through
            throw refusal(List.of(new JsonProblem("$", String.valueOf(e.getMessage()))));
        }
    }

    /** The journey's JSON, which {@link #read} gives back as an equal journey. */
    public static String write(JourneyDefinition journey) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JourneyWriter.tree(journey));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static List<Step> steps(JsonCursor at, List<JsonProblem> problems) {
        List<JsonCursor> elements = at.elements();
        if (elements.isEmpty() || elements.size() > JourneyDefinition.MAX_STEPS) {
            throw new PathException(
                    at.path(), "has 1 to " + JourneyDefinition.MAX_STEPS + " steps, was " + elements.size());
        }
        List<Step> steps = new ArrayList<>();
        int before = problems.size();
        for (JsonCursor element : elements) {
            attempt(problems, () -> StepReader.step(element)).ifPresent(steps::add);
        }
        if (problems.size() > before) {
            throw new AlreadyListed();
        }
        for (StepGraph.Problem p : StepGraph.problems(steps)) {
            problems.add(new JsonProblem(elements.get(p.stepIndex()).path() + "." + p.field(), p.message()));
        }
        if (problems.size() > before) {
            throw new AlreadyListed();
        }
        return steps;
    }

    /** The value {@code read} gives, or empty with its problem added to {@code problems}. */
    private static <T> Optional<T> attempt(List<JsonProblem> problems, java.util.function.Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (PathException e) {
            problems.add(e.problem());
            return Optional.empty();
        } catch (AlreadyListed e) {
            return Optional.empty();
        }
    }

    /** A part whose problems were added to the list one by one as they were found. */
    private static final class AlreadyListed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AlreadyListed() {
            super(null, null, false, false);
        }
    }

    private static MarketPilotException refusal(List<JsonProblem> problems) {
        List<JsonProblem> shown = List.copyOf(problems);
        List<Map<String, String>> details = shown.stream()
                .map(p -> Map.of("path", p.path(), "message", p.message()))
                .toList();
        String summary = shown.stream().limit(5).map(JsonProblem::toString).collect(Collectors.joining("; "));
        String more = shown.size() > 5 ? " (and " + (shown.size() - 5) + " more)" : "";
        return new MarketPilotException(
                ErrorCode.INVALID_INPUT, "The journey is not valid: " + summary + more, details);
    }

    /** The problems of a refusal by {@link #read}, as it listed them. */
    public static List<JsonProblem> problems(MarketPilotException refusal) {
        if (!(refusal.details() instanceof List<?> list)) {
            return List.of();
        }
        Function<Object, Optional<JsonProblem>> one = item -> item instanceof Map<?, ?> m
                        && m.get("path") instanceof String path
                        && m.get("message") instanceof String message
                ? Optional.of(new JsonProblem(path, message))
                : Optional.empty();
        return list.stream().map(one).flatMap(Optional::stream).toList();
    }
}
