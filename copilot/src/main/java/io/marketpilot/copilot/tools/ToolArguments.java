package io.marketpilot.copilot.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.llm.LlmTool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A model's arguments for one tool, checked against the tool's parameters: each present, of its type and in its
 * range, and no other. A whole number may come as a JSON number or as digits in a string, as models write both.
 * Every problem is named at once, so the model can correct them in one turn.
 */
final class ToolArguments {
    /** The channels a plan can send on (a webhook is no audience). */
    static final List<String> CHANNELS = List.of(ChannelKind.EMAIL.wireName(), ChannelKind.SMS.wireName());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOLDOUT_RULE = "must be a fraction above 0 and at most 0.5, e.g. 0.1";
    private static final String BASELINE_RULE = "must be a percentage above 0 and below 100";

    private final Map<String, Object> values;

    private ToolArguments(Map<String, Object> values) {
        this.values = values;
    }

    static ToolArguments parse(LlmTool tool, String arguments) {
        JsonNode root = object(tool, arguments);
        Map<String, Object> values = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Set<String> declared =
                tool.parameters().stream().map(LlmTool.Parameter::name).collect(Collectors.toSet());
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!declared.contains(name)) {
                problems.add("'" + name + "' is not an argument of " + tool.name());
            }
        }
        for (LlmTool.Parameter p : tool.parameters()) {
            JsonNode v = root.get(p.name());
            if (v == null || v.isNull()) {
                problems.add("'" + p.name() + "' is missing");
                continue;
            }
            try {
                values.put(p.name(), value(p, v));
            } catch (IllegalArgumentException e) {
                problems.add("'" + p.name() + "' " + e.getMessage() + ", not " + v);
            }
        }
        if (!problems.isEmpty()) {
            throw new ToolArgumentException("The arguments of " + tool.name() + " do not fit: "
                    + String.join("; ", problems) + ". Expected: " + expected(tool));
        }
        return new ToolArguments(values);
    }

    long run() {
        return (Long) value("run");
    }

    int segment() {
        return Math.toIntExact((Long) value("segment"));
    }

    ChannelKind channel() {
        return ChannelKind.parse((String) values.get("channel"));
    }

    double holdoutShare() {
        return (Double) value("holdout_share");
    }

    long reachable() {
        return (Long) value("reachable");
    }

    /**
     * The baseline conversion as a share (the model gives it in percent, as segment_value wrote it), divided in
     * decimal so that 0.9 % is recorded as 0.009, not as a binary fraction's long tail of digits.
     */
    double baseline() {
        return new BigDecimal(Double.toString((Double) value("baseline_percent")))
                .movePointLeft(2)
                .doubleValue();
    }

    /** A checked argument; asked only for parameters the tool declares, which the parse made sure are there. */
    private Object value(String name) {
        return Objects.requireNonNull(values.get(name), name);
    }

    private static JsonNode object(LlmTool tool, String arguments) {
        if (arguments.isBlank()) {
            return JSON.createObjectNode();
        }
        JsonNode root;
        try {
            root = JSON.readTree(arguments);
        } catch (JsonProcessingException e) {
            throw new ToolArgumentException("The arguments of " + tool.name() + " are not JSON ("
                    + e.getOriginalMessage() + "). Expected: " + expected(tool));
        }
        if (root == null || !root.isObject()) {
            throw new ToolArgumentException(
                    "The arguments of " + tool.name() + " must be a JSON object. Expected: " + expected(tool));
        }
        return root;
    }

    private static Object value(LlmTool.Parameter p, JsonNode v) {
        return switch (p.name()) {
            case "run" -> whole(v, 1, Long.MAX_VALUE, "must be a run id (a whole number from 1)");
            case "segment" -> whole(v, 0, Integer.MAX_VALUE, "must be a segment index (a whole number from 0)");
            case "reachable" -> whole(v, 0, Long.MAX_VALUE, "must be a count of customers (a whole number from 0)");
            case "holdout_share" -> {
                double x = number(v, HOLDOUT_RULE).doubleValue();
                if (x > 0 && x <= 0.5) {
                    yield x;
                }
                throw new IllegalArgumentException(HOLDOUT_RULE);
            }
            case "baseline_percent" -> {
                double x = number(v, BASELINE_RULE).doubleValue();
                if (x > 0 && x < 100) {
                    yield x;
                }
                throw new IllegalArgumentException(BASELINE_RULE);
            }
            case "channel" -> channel(v);
            default -> throw new IllegalStateException("no check for argument " + p.name());
        };
    }

    private static long whole(JsonNode v, long min, long max, String rule) {
        BigDecimal n = number(v, rule);
        try {
            long whole = n.stripTrailingZeros().longValueExact();
            if (whole >= min && whole <= max) {
                return whole;
            }
        } catch (ArithmeticException notWhole) {
            // a fraction, or past a long: refused below with the rule
        }
        throw new IllegalArgumentException(rule);
    }

    private static BigDecimal number(JsonNode v, String rule) {
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isTextual()) {
            try {
                return new BigDecimal(v.asText().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(rule, e);
            }
        }
        throw new IllegalArgumentException(rule);
    }

    private static String channel(JsonNode v) {
        String c = v.isTextual() ? v.asText().strip().toLowerCase(Locale.ROOT) : "";
        if (CHANNELS.contains(c)) {
            return c;
        }
        throw new IllegalArgumentException("must be one of " + String.join(", ", CHANNELS));
    }

    /** The tool's parameters as the model should write them, e.g. {@code {"run": integer, "segment": integer}}. */
    private static String expected(LlmTool tool) {
        return tool.parameters().stream()
                .map(p -> "\"" + p.name() + "\": "
                        + (p.choices().isEmpty()
                                ? p.type().name().toLowerCase(Locale.ROOT)
                                : String.join(" | ", p.choices())))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
