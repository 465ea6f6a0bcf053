package io.marketpilot.app.web.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.app.copilot.Copilot;
import io.marketpilot.app.copilot.PlanView;
import io.marketpilot.app.web.Json;
import io.marketpilot.app.web.api.RecordSchemas;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.copilot.tools.CopilotTools;
import io.marketpilot.copilot.tools.ToolCall;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The tools the MCP server offers: the copilot's read-only tools, under the names its planner calls them by, for any
 * key (viewer and up), each answering its {@link ToolCall} (summary, figures, data snapshot); {@code list_plans}, the
 * kept plans; and {@code draft_plan}, which proposes and keeps a plan for a person to review and needs the role the
 * copilot's other changes need (marketer).
 */
final class CopilotToolCatalog {
    private static final ObjectMapper JSON = Json.mapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
    private static final TypeReference<List<Object>> LIST = new TypeReference<>() {};

    /** What each argument means, for the input schemas (an assistant chooses its arguments by these). */
    private static final Map<String, String> ARGUMENTS = Map.of(
            "run", "A segmentation run's id, as list_segments gives it (its 'run id' figure)",
            "segment", "A segment's number within the run, as list_segments gives it",
            "channel", "email, sms or webhook",
            "holdout_share", "The share of the audience held out to measure the campaign, 0 to 0.5 (e.g. 0.1)",
            "reachable", "How many customers a campaign could reach now (reach's 'reachable' figure)",
            "baseline", "The weekly conversion rate without a message, 0 to 1 (segment_value's baseline, as a share)",
            "goal", "What the plan should achieve, in a marketer's words, 1 to 2,000 characters");

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

    private static final String RUN_AND_SEGMENT = " Takes run and segment as list_segments gives them.";

    private final CopilotTools tools;
    private final Copilot copilot;

    CopilotToolCatalog(CopilotTools tools, Copilot copilot) {
        this.tools = tools;
        this.copilot = copilot;
    }

    List<McpTool> all() {
        return List.of(
                read(
                        "list_segments",
                        "Segments",
                        "The latest segmentation run's segments: each one's number, persona name, size, share of"
                                + " customers and share of revenue, and the run id the other tools take.",
                        ToolArguments.None.class,
                        a -> tools.segments().call()),
                read(
                        "segment_value",
                        "Segment value",
                        "A segment's predicted 12-month customer value (mean CLV with its 10th and 90th percentiles),"
                                + " mean probability of still being a customer, share at risk (p(alive) below 0.5) and"
                                + " the share expected to order within a week anyway (the baseline a holdout measures"
                                + " against)." + RUN_AND_SEGMENT,
                        ToolArguments.Segment.class,
                        a -> tools.segmentValue(a.run(), a.segment()).call()),
                read(
                        "send_times",
                        "Send times",
                        "When a segment's customers read: how many have a predicted send hour, the commonest hour and"
                                + " its share." + RUN_AND_SEGMENT,
                        ToolArguments.Segment.class,
                        a -> tools.sendTimes(a.run(), a.segment()).call()),
                read(
                        "channel_preference",
                        "Channel preference",
                        "The channel a segment engages through, by majority of the known preferences (e-mail when"
                                + " none is known)." + RUN_AND_SEGMENT,
                        ToolArguments.Segment.class,
                        a -> tools.channelPreference(a.run(), a.segment()).call()),
                read(
                        "reach",
                        "Reach",
                        "How many of a segment a campaign on a channel (email, sms or webhook) could reach now: with an"
                                + " address, suppressed, without consent, at the frequency cap." + RUN_AND_SEGMENT,
                        ToolArguments.Reach.class,
                        a -> tools.headroom(a.run(), a.segment(), a.channelKind())
                                .call()),
                read(
                        "holdout_design",
                        "Holdout design",
                        "The recipients and holdout a share of the reachable customers leaves, and the smallest"
                                + " conversion lift in percentage points it detects at 5 % significance and 80 % power"
                                + " against a weekly baseline conversion rate (segment_value gives it).",
                        ToolArguments.Holdout.class,
                        a -> tools.holdoutDesign(a.reachable(), a.holdoutShare(), a.baseline())
                                .call()),
                read(
                        "outlook",
                        "Outlook",
                        "Expected recipients and the 12-month value they hold, each as a range (the 90 % interval of"
                                + " the mean CLV), for a campaign on a segment through a channel with a holdout share."
                                + RUN_AND_SEGMENT,
                        ToolArguments.Outlook.class,
                        a -> tools.outlook(a.run(), a.segment(), a.channelKind(), a.holdoutShare())
                                .call()),
                read(
                        "past_campaigns",
                        "Past campaigns",
                        "Earlier campaigns with their recipients and the conversion lift measured against their"
                                + " holdouts (estimate and interval, in percentage points).",
                        ToolArguments.None.class,
                        a -> tools.pastCampaigns().call()),
                listPlans(),
                draftPlan());
    }

    private <A extends Record> McpTool read(
            String name, String title, String description, Class<A> arguments, Function<A, ToolCall> run) {
        McpSchema.Tool tool = McpSchema.Tool.builder(name, inputSchema(arguments, name))
                .title(title)
                .description(description)
                .outputSchema(TOOL_CALL_SCHEMA)
                .annotations(new McpSchema.ToolAnnotations(title, true, false, true, false, false))
                .build();
        return new McpTool(tool, Access.VIEWER, (caller, args) -> {
            ToolCall call = run.apply(ToolArguments.read(args, arguments));
            return new McpTool.Answer(call.summary(), asObject(call), call.id());
        });
    }

    private McpTool listPlans() {
        McpSchema.Tool tool = McpSchema.Tool.builder("list_plans", inputSchema(ToolArguments.None.class, "list_plans"))
                .title("Plans")
                .description("The copilot's kept plans, newest first (the latest " + ToolArguments.LISTED_PLANS
                        + "): goal, status (proposed, approved, rejected, launched), planner, who proposed and"
                        + " who reviewed each, and the plan with its tool calls.")
                .annotations(new McpSchema.ToolAnnotations("Plans", true, false, true, false, false))
                .build();
        return new McpTool(tool, Access.VIEWER, (caller, args) -> {
            ToolArguments.read(args, ToolArguments.None.class);
            List<PlanView> plans = copilot.list(ToolArguments.LISTED_PLANS);
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
        McpSchema.Tool tool = McpSchema.Tool.builder("draft_plan", inputSchema(ToolArguments.Goal.class, "draft_plan"))
                .title("Draft a plan")
                .description("Drafts a campaign plan for a goal (e.g. \"win back lapsed high-value customers before"
                        + " Christmas\") from the shop's own figures, through the same tools, and keeps it as proposed"
                        + " with its tool calls. A person approves or rejects it in MarketPilot; nothing is created or"
                        + " sent before that. Needs a key with the marketer role.")
                .annotations(new McpSchema.ToolAnnotations("Draft a plan", false, false, false, false, false))
                .build();
        return new McpTool(tool, Access.MARKETER, (caller, args) -> {
            PlanView plan = copilot.plan(
                    ToolArguments.read(args, ToolArguments.Goal.class).goal(), caller.actor());
            return new McpTool.Answer(proposed(plan), asObject(plan), "plan:" + plan.id());
        });
    }

    private static String proposed(PlanView view) {
        var p = view.plan().proposal();
        return "Plan " + view.id() + " is " + view.status() + " ("
                + view.plan().intent().wireName() + "): "
                + p.audience() + "; " + p.offer() + "; " + p.channel() + ", " + p.timing() + "; measured by "
                + p.measurement() + ". A person approves or rejects it in MarketPilot ('marketpilot plan approve "
                + view.id() + "'); nothing is created or sent before that.";
    }

    /** The arguments record's schema, each argument described ({@link RecordSchemas} refuses a description of none). */
    private static Map<String, Object> inputSchema(Class<? extends Record> arguments, String tool) {
        String description = "The arguments of " + tool;
        Object properties = RecordSchemas.of(arguments, description).get("properties");
        List<String> described = ARGUMENTS.entrySet().stream()
                .filter(e -> properties instanceof Map<?, ?> named && named.containsKey(e.getKey()))
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toList();
        return RecordSchemas.of(arguments, description, described.toArray(String[]::new));
    }

    private static Map<String, Object> asObject(Object answer) {
        return JSON.convertValue(answer, OBJECT);
    }
}
