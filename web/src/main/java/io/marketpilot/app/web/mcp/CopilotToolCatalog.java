package io.marketpilot.app.web.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.app.copilot.Copilot;
import io.marketpilot.app.copilot.PlanView;
import io.marketpilot.app.web.Json;
import io.marketpilot.app.web.api.RecordSchemas;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.copilot.tools.ToolCall;
import io.marketpilot.copilot.tools.ToolCatalogue;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.llm.LlmTool;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tools the MCP server offers: the copilot's read tools exactly as its LLM planner sees them (the
 * {@link ToolCatalogue}'s definitions and checked dispatch), for any key (viewer and up), each answering its
 * {@link ToolCall} (summary, figures, data snapshot); {@code list_plans}, the kept plans; and {@code draft_plan}, which
 * proposes and keeps a plan for a person to review and needs the role the REST API's {@code POST /plans} needs
 * (marketer).
 */
final class CopilotToolCatalog {
    /** The most plans {@code list_plans} returns. */
    static final int LISTED_PLANS = 20;

    private static final ObjectMapper JSON = Json.mapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
    private static final TypeReference<List<Object>> LIST = new TypeReference<>() {};

    /** Every read tool answers a tool call, so they share one output schema. */
    private static final Map<String, Object> TOOL_CALL_SCHEMA = RecordSchemas.of(
            ToolCall.class,
            "One call of a copilot tool: its id names the tool, its arguments and the data it read",
            "summary",
            "What the result says, in words, with its figures",
            "snapshotId",
            "The data read, e.g. segmentation-run:7, so every figure can be traced",
            "figures",
            "Every number the tool returned, written as a plan may quote it");

    private static final LlmTool LIST_PLANS = new LlmTool(
            "list_plans",
            "The copilot's kept plans, newest first (the latest " + LISTED_PLANS + "): goal, status (proposed,"
                    + " approved, rejected, launched), planner, who proposed and who reviewed each, and the plan with"
                    + " its tool calls.",
            List.of());

    private static final LlmTool DRAFT_PLAN = new LlmTool(
            "draft_plan",
            "Drafts a campaign plan for a goal (e.g. \"win back lapsed high-value customers before Christmas\") from"
                    + " the shop's own figures, through the same tools, and keeps it as proposed with its tool calls."
                    + " A person approves or rejects it in MarketPilot; nothing is created or sent before that. Needs"
                    + " a key with the marketer role.",
            List.of(LlmTool.Parameter.of(
                    "goal",
                    LlmTool.Type.STRING,
                    "What the plan should achieve, in a marketer's words, 1 to " + Copilot.MAX_GOAL + " characters")));

    private final ToolCatalogue catalogue;
    private final Copilot copilot;

    CopilotToolCatalog(ToolCatalogue catalogue, Copilot copilot) {
        this.catalogue = catalogue;
        this.copilot = copilot;
    }

    List<McpTool> all() {
        List<McpTool> all = new ArrayList<>();
        catalogue.definitions().forEach(t -> all.add(read(t)));
        all.add(listPlans());
        all.add(draftPlan());
        return List.copyOf(all);
    }

    private McpTool read(LlmTool definition) {
        McpSchema.Tool tool =
                described(definition, true).outputSchema(TOOL_CALL_SCHEMA).build();
        return new McpTool(tool, Access.VIEWER, (caller, arguments) -> {
            ToolCall call = catalogue.run(definition.name(), json(arguments));
            return new McpTool.Answer(call.summary(), asObject(call), call.id());
        });
    }

    private McpTool listPlans() {
        return new McpTool(described(LIST_PLANS, true).build(), Access.VIEWER, (caller, arguments) -> {
            List<PlanView> plans = copilot.list(LISTED_PLANS);
            StringBuilder text = new StringBuilder(plans.size() + " plans, newest first");
            plans.forEach(p -> text.append("\n")
                    .append(p.id())
                    .append(" ")
                    .append(p.status())
                    .append(": ")
                    .append(p.goal()));
            return new McpTool.Answer(text.toString(), Map.of("plans", JSON.convertValue(plans, LIST)), "");
        });
    }

    private McpTool draftPlan() {
        return new McpTool(described(DRAFT_PLAN, false).build(), Access.MARKETER, (caller, arguments) -> {
            PlanView plan = copilot.plan(String.valueOf(arguments.get("goal")), caller.actor());
            return new McpTool.Answer(proposed(plan), asObject(plan), "plan:" + plan.id());
        });
    }

    /** The MCP tool of a definition: its name, a title, its description and an input schema of its parameters. */
    private static McpSchema.Tool.Builder described(LlmTool definition, boolean readOnly) {
        String title = titleOf(definition.name());
        return McpSchema.Tool.builder(definition.name(), inputSchema(definition))
                .title(title)
                .description(definition.description())
                .annotations(new McpSchema.ToolAnnotations(title, readOnly, false, readOnly, false, false));
    }

    /** The parameters as a closed JSON schema object: every one required, as for the model. */
    private static Map<String, Object> inputSchema(LlmTool definition) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (LlmTool.Parameter p : definition.parameters()) {
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("type", p.type().name().toLowerCase(Locale.ROOT));
            property.put("description", p.description());
            if (!p.choices().isEmpty()) {
                property.put("enum", p.choices());
            }
            properties.put(p.name(), property);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put(
                "required",
                definition.parameters().stream().map(LlmTool.Parameter::name).toList());
        schema.put("additionalProperties", false);
        return schema;
    }

    /** {@code segment_value} → {@code Segment value}. */
    private static String titleOf(String name) {
        String words = name.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String proposed(PlanView view) {
        var p = view.plan().proposal();
        return "Plan " + view.id() + " is " + view.status() + " ("
                + view.plan().intent().wireName() + "): "
                + p.audience() + "; " + p.offer() + "; " + p.channel() + ", " + p.timing() + "; measured by "
                + p.measurement() + ". A person approves or rejects it in MarketPilot ('marketpilot plan approve "
                + view.id() + "'); nothing is created or sent before that.";
    }

    /** The arguments as the JSON object the catalogue reads a model's call from. */
    private static String json(Map<String, Object> arguments) {
        try {
            return JSON.writeValueAsString(arguments);
        } catch (JsonProcessingException e) {
            throw MarketPilotException.invalid("The arguments are not a JSON object: " + e.getOriginalMessage());
        }
    }

    private static Map<String, Object> asObject(Object answer) {
        return JSON.convertValue(answer, OBJECT);
    }
}
