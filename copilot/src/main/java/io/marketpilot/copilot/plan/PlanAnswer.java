package io.marketpilot.copilot.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.ChannelKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A model's final answer read as a plan: one JSON object (a code fence or words around it are tolerated) with the
 * proposal's fields, the estimates citing their tool calls, and the reasoning. Every missing or ill-typed field is
 * named at once, in a refusal the planner sends back to the model.
 */
final class PlanAnswer {
    /** The answer's form, as the prompt shows it to the model. */
    static final String FORM = """
            {"intent": "win-back | reactivate | launch | grow | engage", "run": <run id>, "segment": <segment index>,
             "audience": "…", "offer": "…", "channel": "email | sms", "timing": "…", "content_brief": "…",
             "holdout_share": <the share passed to holdout_design and outlook>, "measurement": "…",
             "estimates": [{"name": "recipients", "low": "…", "high": "…", "unit": "customers",
                            "tool_call_id": "<the tool_call_id of the result the figures come from>"},
                           {"name": "12-month value of the recipients", "low": "…", "high": "…",
                            "unit": "currency units", "tool_call_id": "…"}],
             "reasoning": "why, in plain words"}""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;
    private final List<String> problems = new ArrayList<>();

    private PlanAnswer(JsonNode root) {
        this.root = root;
    }

    /**
     * The plan the answer states, not yet verified.
     *
     * @param resolve the recorded call an estimate's cited id names (its own id or the provider's), if any
     */
    static Plan read(
            String answer,
            String goal,
            String planner,
            List<io.marketpilot.copilot.tools.ToolCall> calls,
            Function<String, Optional<String>> resolve) {
        PlanAnswer a = new PlanAnswer(object(answer));
        Plan.Proposal proposal = new Plan.Proposal(
                a.whole("run"),
                Math.toIntExact(Math.min(Integer.MAX_VALUE, a.whole("segment"))),
                a.text("audience"),
                a.text("offer"),
                a.channel(),
                a.text("timing"),
                a.text("content_brief"),
                a.share(),
                a.text("measurement"));
        List<Plan.Estimate> estimates = a.estimates(resolve);
        String reasoning = a.text("reasoning");
        Intent intent = a.intent().orElseGet(() -> Intent.of(goal));
        if (!a.problems.isEmpty()) {
            throw MarketPilotException.invalid(
                    "The plan is refused: the answer is not a plan as asked (" + String.join("; ", a.problems) + ")");
        }
        return new Plan(goal, intent, planner, LlmPlanner.PROMPT_VERSION, proposal, estimates, reasoning, calls);
    }

    private static JsonNode object(String answer) {
        int start = answer.indexOf('{');
        int end = answer.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw MarketPilotException.invalid("The plan is refused: the answer holds no JSON object");
        }
        try {
            return JSON.readTree(answer.substring(start, end + 1));
        } catch (JsonProcessingException e) {
            throw MarketPilotException.invalid(
                    "The plan is refused: the answer is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private String text(String field) {
        return text(root, field, field);
    }

    private String text(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            problems.add("'" + path + "' must be a non-empty text");
            return "";
        }
        return v.asText().strip();
    }

    private long whole(String field) {
        JsonNode v = root.get(field);
        if (v == null || !v.canConvertToExactIntegral() || v.asLong() < 0) {
            problems.add("'" + field + "' must be a whole number as the tools gave it");
            return 0;
        }
        return v.asLong();
    }

    private String channel() {
        String c = text("channel").toLowerCase(Locale.ROOT);
        if (!c.isEmpty() && !c.equals(ChannelKind.EMAIL.wireName()) && !c.equals(ChannelKind.SMS.wireName())) {
            problems.add("'channel' must be email or sms");
        }
        return c;
    }

    private double share() {
        JsonNode v = root.get("holdout_share");
        if (v == null || !v.isNumber() || v.asDouble() <= 0 || v.asDouble() > 0.5) {
            problems.add("'holdout_share' must be a fraction above 0 and at most 0.5");
            return 0;
        }
        return v.asDouble();
    }

    private Optional<Intent> intent() {
        JsonNode v = root.get("intent");
        if (v == null || !v.isTextual()) {
            return Optional.empty();
        }
        for (Intent i : Intent.values()) {
            if (i.wireName().equals(v.asText().strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private List<Plan.Estimate> estimates(Function<String, Optional<String>> resolve) {
        JsonNode list = root.get("estimates");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add("'estimates' must list the expected size and value, each with its tool_call_id");
            return List.of();
        }
        List<Plan.Estimate> estimates = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            String path = "estimates[" + i + "]";
            String cited = text(e, "tool_call_id", path + ".tool_call_id");
            estimates.add(new Plan.Estimate(
                    text(e, "name", path + ".name"),
                    figure(e, "low", path),
                    figure(e, "high", path),
                    text(e, "unit", path + ".unit"),
                    resolve.apply(cited).orElse(cited)));
        }
        return estimates;
    }

    /** A bound as the tool wrote it; a model that gave it as a JSON number gets it as written. */
    private String figure(JsonNode e, String field, String path) {
        JsonNode v = e.get(field);
        if (v != null && v.isNumber()) {
            return v.asText();
        }
        return text(e, field, path + "." + field);
    }
}
