package io.marketpilot.app.web.api;

import static io.marketpilot.app.web.api.OpenApiSchemas.nullable;
import static io.marketpilot.app.web.api.OpenApiSchemas.object;
import static io.marketpilot.app.web.api.OpenApiSchemas.ref;
import static io.marketpilot.app.web.api.OpenApiSchemas.str;

import io.marketpilot.core.input.FieldLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON schemas of the experiment endpoints and of experiment events. */
final class ExperimentSchemas {
    private static final Map<String, Object> NUMBER = Map.of("type", "number");
    private static final Map<String, Object> INTEGER = Map.of("type", "integer");

    private ExperimentSchemas() {}

    static Map<String, Object> all() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(
                "ExperimentEvent",
                object(
                        List.of("id", "type", "experimentId", "unitId"),
                        "id",
                        str("Event id (idempotency key; a repeat is counted as a duplicate)"),
                        "type",
                        Map.of("type", "string", "enum", List.of("exposure", "click", "conversion")),
                        "experimentId",
                        str("A started experiment"),
                        "unitId",
                        str("The unit assigned (visitor, customer, e-mail address hash)"),
                        "variant",
                        str("Optional for A/B tests (derived from the assignment, and checked when given); required for"
                                + " bandits"),
                        "value",
                        Map.of("type", "number", "minimum", 0, "description", "A conversion's value (revenue)"),
                        "occurredAt",
                        OpenApiSchemas.localDateTime("Default: now")));
        s.put(
                "EventIntake",
                object(
                        List.of("received", "saved", "duplicates", "rejected"),
                        "received",
                        INTEGER,
                        "saved",
                        INTEGER,
                        "duplicates",
                        INTEGER,
                        "rejected",
                        Map.of(
                                "type",
                                "array",
                                "items",
                                object(
                                        List.of("index", "reason"),
                                        "index",
                                        INTEGER,
                                        "id",
                                        nullable("string"),
                                        "reason",
                                        str("Why this event was not stored")))));
        s.put(
                "Variant",
                object(
                        List.of("name"),
                        "name",
                        str("Unique within the experiment; the first variant is the control"),
                        "weight",
                        Map.of("type", "number", "description", "Allocation weight (default 1)"),
                        "contentId",
                        nullable("string"),
                        "payload",
                        str("What the variant shows: text, a price, JSON"),
                        "approved",
                        Map.of("type", "boolean", "description", "Approved by a person; only approved variants run")));
        s.put(
                "NewExperiment",
                object(
                        List.of("name", "variants"),
                        "id",
                        str("Optional; generated from the name", FieldLimits.ID),
                        "name",
                        str("Name", FieldLimits.NAME),
                        "design",
                        str("ab (default) or thompson, thompson-gaussian, ucb1, epsilon-greedy, uniform"),
                        "metric",
                        str("conversion (default), click_through or revenue_per_user"),
                        "guardrails",
                        Map.of("type", "array", "items", Map.of("type", "string")),
                        "segment",
                        str(
                                "Target segment of the latest segmentation run, by number or persona name (default:"
                                        + " everyone); only its customers are assigned",
                                FieldLimits.NAME),
                        "salt",
                        str("Assignment salt (default: the id)", FieldLimits.SALT),
                        "alpha",
                        NUMBER,
                        "expectedEffect",
                        Map.of("type", "number", "description", "Absolute effect worth detecting; the mSPRT's τ"),
                        "campaignId",
                        nullable("string"),
                        "variants",
                        Map.of("type", "array", "items", ref("Variant"))));
        Map<String, Object> when =
                Map.of("anyOf", List.of(OpenApiSchemas.localDateTime("When"), Map.of("type", "null")));
        s.put(
                "Experiment",
                object(
                        List.of("id", "name", "design", "status", "metric", "variants"),
                        "id",
                        str("Id"),
                        "name",
                        str("Name"),
                        "design",
                        str("ab or a bandit policy"),
                        "status",
                        Map.of("type", "string", "enum", List.of("draft", "running", "stopped", "decided")),
                        "metric",
                        str("Primary metric"),
                        "guardrails",
                        Map.of("type", "array", "items", Map.of("type", "string")),
                        "segment",
                        nullable("string"),
                        "salt",
                        str("Assignment salt"),
                        "alpha",
                        NUMBER,
                        "expected_effect",
                        NUMBER,
                        "campaign_id",
                        nullable("string"),
                        "created_at",
                        when,
                        "started_at",
                        when,
                        "stopped_at",
                        when,
                        "decided_at",
                        when,
                        "decision",
                        nullable("string"),
                        "variants",
                        Map.of(
                                "type",
                                "array",
                                "items",
                                object(
                                        List.of("name", "weight", "approved"),
                                        "name",
                                        str("Unique within the experiment; the first variant is the control"),
                                        "weight",
                                        NUMBER,
                                        "content_id",
                                        nullable("string"),
                                        "payload",
                                        nullable("string"),
                                        "approved",
                                        Map.of("type", "boolean")))));
        s.put("ExperimentList", Map.of("type", "array", "items", ref("Experiment")));
        s.put("UnitRequest", object(List.of("unitId"), "unitId", str("The unit to assign")));
        s.put(
                "Assignment",
                object(
                        List.of("experimentId", "unitId", "index", "variant"),
                        "experimentId",
                        str("Experiment"),
                        "unitId",
                        str("Unit"),
                        "index",
                        INTEGER,
                        "variant",
                        str("Variant name"),
                        "contentId",
                        nullable("string"),
                        "payload",
                        str("What to show"),
                        "method",
                        str("How it was assigned")));
        s.put(
                "ArmChoice",
                object(
                        List.of("experimentId", "unitId", "arm", "variant", "policy"),
                        "experimentId",
                        str("Experiment"),
                        "unitId",
                        str("Unit"),
                        "arm",
                        INTEGER,
                        "variant",
                        str("Variant name"),
                        "contentId",
                        nullable("string"),
                        "payload",
                        str("What to show"),
                        "policy",
                        str("Bandit policy that chose")));
        s.put("RewardRequest", object(List.of("variant", "reward"), "variant", str("Variant"), "reward", NUMBER));
        s.put(
                "BanditState",
                object(
                        List.of("policy", "pulls", "rewardSums"),
                        "policy",
                        str("Policy"),
                        "parameters",
                        Map.of(
                                "type",
                                "object",
                                "description",
                                "The policy's own parameters, e.g. priorAlpha and priorBeta for Thompson sampling",
                                "additionalProperties",
                                NUMBER),
                        "pulls",
                        Map.of("type", "array", "items", INTEGER),
                        "rewardSums",
                        Map.of("type", "array", "items", NUMBER),
                        "rewardSquareSums",
                        Map.of("type", "array", "items", NUMBER)));
        s.put(
                "OptimisationRound",
                object(
                        List.of("id", "campaignId", "round", "experimentId", "outcome"),
                        "id",
                        INTEGER,
                        "campaignId",
                        str("Campaign"),
                        "round",
                        INTEGER,
                        "experimentId",
                        str("The decided experiment"),
                        "outcome",
                        str("winner, keep_control or stop_no_difference"),
                        "winner",
                        nullable("string"),
                        "retired",
                        Map.of("type", "array", "items", Map.of("type", "string")),
                        "distinguished",
                        str("What set the winner apart"),
                        "challengers",
                        Map.of("type", "array", "items", Map.of("type", "string")),
                        "challengerSource",
                        str("Who drafted the challengers"),
                        "nextExperimentId",
                        nullable("string"),
                        "recommendation",
                        str("The decision in words"),
                        "decidedAt",
                        OpenApiSchemas.localDateTime("When the round was decided")));
        s.put(
                "OptimisationRoundList",
                object(
                        List.of("campaign_id", "rounds"),
                        "campaign_id",
                        str("Campaign"),
                        "rounds",
                        Map.of("type", "array", "items", ref("OptimisationRound")),
                        "experiments",
                        Map.of("type", "array", "items", ref("Experiment"))));
        return s;
    }
}
