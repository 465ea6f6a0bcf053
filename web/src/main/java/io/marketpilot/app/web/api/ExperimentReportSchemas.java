package io.marketpilot.app.web.api;

import static io.marketpilot.app.web.api.OpenApiSchemas.nullable;
import static io.marketpilot.app.web.api.OpenApiSchemas.object;
import static io.marketpilot.app.web.api.OpenApiSchemas.ref;
import static io.marketpilot.app.web.api.OpenApiSchemas.str;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON schema of an experiment's report: arms, comparisons, SRM, CUPED, guardrails, daily figures, posteriors. */
final class ExperimentReportSchemas {
    private static final Map<String, Object> NUMBER = Map.of("type", "number");
    private static final Map<String, Object> INTEGER = Map.of("type", "integer");
    private static final Map<String, Object> MAYBE_NUMBER = Map.of("type", List.of("number", "null"));

    private ExperimentReportSchemas() {}

    private static Map<String, Object> comparison() {
        return object(
                List.of("variant", "diff"),
                "variant",
                str("The challenger"),
                "diff",
                MAYBE_NUMBER,
                "ci_low",
                MAYBE_NUMBER,
                "ci_high",
                MAYBE_NUMBER,
                "relative_lift",
                MAYBE_NUMBER,
                "statistic",
                MAYBE_NUMBER,
                "p_value",
                MAYBE_NUMBER,
                "p_value_holm",
                MAYBE_NUMBER,
                "prob_beats_control",
                MAYBE_NUMBER,
                "expected_loss",
                MAYBE_NUMBER,
                "sequential_p_value",
                MAYBE_NUMBER,
                "sequence_low",
                MAYBE_NUMBER,
                "sequence_high",
                MAYBE_NUMBER,
                "cuped",
                object(
                        List.of("diff", "ci_low", "ci_high", "p_value"),
                        "diff",
                        NUMBER,
                        "ci_low",
                        NUMBER,
                        "ci_high",
                        NUMBER,
                        "p_value",
                        NUMBER));
    }

    static Map<String, Object> all() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(
                "ExperimentReport",
                object(
                        List.of("experiment", "recommendation", "arms", "comparisons", "srm", "method", "parameters"),
                        "experiment",
                        ref("Experiment"),
                        "recommendation",
                        object(
                                List.of("action", "text"),
                                "action",
                                Map.of(
                                        "type",
                                        "string",
                                        "enum",
                                        List.of(
                                                "ship",
                                                "keep_control",
                                                "stop_no_difference",
                                                "keep_running",
                                                "check_setup")),
                                "variant",
                                nullable("string"),
                                "text",
                                str("What to do, in plain words")),
                        "arms",
                        Map.of(
                                "type",
                                "array",
                                "items",
                                object(
                                        List.of("variant", "units", "successes"),
                                        "variant",
                                        str("Variant"),
                                        "units",
                                        INTEGER,
                                        "successes",
                                        INTEGER,
                                        "mean",
                                        MAYBE_NUMBER,
                                        "ci_low",
                                        MAYBE_NUMBER,
                                        "ci_high",
                                        MAYBE_NUMBER,
                                        "prob_best",
                                        MAYBE_NUMBER)),
                        "comparisons",
                        Map.of(
                                "type",
                                "array",
                                "description",
                                "Each challenger against the control; null where a figure is undefined",
                                "items",
                                comparison()),
                        "srm",
                        object(
                                List.of("chi_square", "df", "p_value", "mismatch"),
                                "chi_square",
                                NUMBER,
                                "df",
                                INTEGER,
                                "p_value",
                                NUMBER,
                                "mismatch",
                                Map.of("type", "boolean", "description", "Sample ratio mismatch: p < 0.001")),
                        "cuped",
                        object(
                                List.of("pre_period_days", "covariate", "applied"),
                                "pre_period_days",
                                INTEGER,
                                "covariate",
                                str("What the adjustment used"),
                                "applied",
                                Map.of("type", "boolean"),
                                "theta",
                                NUMBER,
                                "variance_reduction",
                                NUMBER,
                                "why_not",
                                str("Why CUPED was not applied")),
                        "guardrails",
                        Map.of(
                                "type",
                                "array",
                                "items",
                                object(
                                        List.of("metric", "variant"),
                                        "metric",
                                        str("Guardrail metric"),
                                        "variant",
                                        str("Challenger"),
                                        "diff",
                                        MAYBE_NUMBER,
                                        "ci_low",
                                        MAYBE_NUMBER,
                                        "ci_high",
                                        MAYBE_NUMBER,
                                        "p_value",
                                        MAYBE_NUMBER,
                                        "sequential_p_value",
                                        MAYBE_NUMBER)),
                        "unexposed_units_ignored",
                        INTEGER,
                        "days",
                        Map.of(
                                "type",
                                "array",
                                "items",
                                object(
                                        List.of("day", "units", "means"),
                                        "day",
                                        str("yyyy-MM-dd"),
                                        "units",
                                        Map.of("type", "array", "items", INTEGER),
                                        "means",
                                        Map.of("type", "array", "items", MAYBE_NUMBER),
                                        "estimates",
                                        Map.of("type", "array", "items", MAYBE_NUMBER),
                                        "sequenceLow",
                                        Map.of("type", "array", "items", MAYBE_NUMBER),
                                        "sequenceHigh",
                                        Map.of("type", "array", "items", MAYBE_NUMBER),
                                        "sequentialP",
                                        Map.of("type", "array", "items", MAYBE_NUMBER))),
                        "posteriors",
                        Map.of(
                                "type",
                                "array",
                                "items",
                                object(
                                        List.of("variant", "x", "density"),
                                        "variant",
                                        str("Variant"),
                                        "x",
                                        Map.of("type", "array", "items", NUMBER),
                                        "density",
                                        Map.of("type", "array", "items", NUMBER))),
                        "method",
                        str("How every figure was computed"),
                        "parameters",
                        Map.of(
                                "type",
                                "object",
                                "description",
                                "The analysis's parameters (open: they differ by metric and design)",
                                "additionalProperties",
                                true)));
        return s;
    }
}
