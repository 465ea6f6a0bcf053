package io.marketpilot.copilot.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketpilot.core.llm.LlmTool;
import java.util.List;
import java.util.Optional;

/**
 * The copilot's tools as a model sees them (function calling): each tool's name, description and parameters, and
 * running a call by name with the model's JSON arguments through {@link CopilotTools}. Arguments that do not fit
 * are refused with a {@link ToolArgumentException} saying which and why, for the model to correct.
 */
public final class ToolCatalogue {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final LlmTool.Parameter RUN =
            param("run", LlmTool.Type.INTEGER, "The segmentation run's id, as list_segments returned it");
    private static final LlmTool.Parameter SEGMENT =
            param("segment", LlmTool.Type.INTEGER, "The segment's index in that run, as list_segments returned it");
    private static final LlmTool.Parameter CHANNEL = new LlmTool.Parameter(
            "channel", LlmTool.Type.STRING, "The channel a campaign would send on", ToolArguments.CHANNELS);
    private static final LlmTool.Parameter HOLDOUT_SHARE = param(
            "holdout_share",
            LlmTool.Type.NUMBER,
            "The share of the audience held out to measure the campaign, a fraction above 0 and at most 0.5");
    private static final LlmTool.Parameter REACHABLE =
            param("reachable", LlmTool.Type.INTEGER, "How many customers can be reached, as reach returned it");
    private static final LlmTool.Parameter BASELINE = param(
            "baseline_percent",
            LlmTool.Type.NUMBER,
            "The weekly baseline conversion in percent, as segment_value returned it");

    private static final List<LlmTool> TOOLS = List.of(
            new LlmTool(
                    "list_segments",
                    "The latest segmentation run: its id, and each segment's index, persona name, size, share of"
                            + " customers and share of revenue.",
                    List.of()),
            new LlmTool(
                    "segment_value",
                    "A segment's predicted 12-month customer value (mean CLV and its 10th and 90th percentiles),"
                            + " mean p(alive), the share at risk of lapsing (p(alive) below one half, or one-off"
                            + " buyers silent for longer than the shop's typical repeat gap, since p(alive) is 1 for"
                            + " anyone who bought once) with both parts and the gap in days, and the weekly baseline"
                            + " conversion a holdout measures against.",
                    List.of(RUN, SEGMENT)),
            new LlmTool(
                    "send_times",
                    "When a segment's customers read: how many have a predicted send hour, the commonest hour and"
                            + " its share.",
                    List.of(RUN, SEGMENT)),
            new LlmTool(
                    "channel_preference",
                    "The channel a segment engages through, among customers whose preference is known.",
                    List.of(RUN, SEGMENT)),
            new LlmTool(
                    "reach",
                    "How many of a segment a campaign on the channel could reach now, and how many are suppressed,"
                            + " without consent or at the frequency cap.",
                    List.of(RUN, SEGMENT, CHANNEL)),
            new LlmTool(
                    "holdout_design",
                    "A holdout to measure a campaign: recipients, held out, and the smallest conversion lift"
                            + " (percentage points) it detects at the stated significance and power.",
                    List.of(REACHABLE, HOLDOUT_SHARE, BASELINE)),
            new LlmTool(
                    "outlook",
                    "Expected recipients of a campaign to a segment on a channel, less the holdout, and the"
                            + " 12-month value they hold, each as a range.",
                    List.of(RUN, SEGMENT, CHANNEL, HOLDOUT_SHARE)),
            new LlmTool(
                    "past_campaigns",
                    "Earlier campaigns with their recipients and the conversion lift measured against their"
                            + " holdouts, with its interval.",
                    List.of()));

    private final CopilotTools tools;

    public ToolCatalogue(CopilotTools tools) {
        this.tools = tools;
    }

    /** Every tool's definition, in the order a plan usually calls them. */
    public List<LlmTool> definitions() {
        return TOOLS;
    }

    /**
     * Runs one call: the tool named {@code name} with {@code arguments}, the JSON object the model wrote.
     *
     * @throws ToolArgumentException when there is no such tool or the arguments do not fit it
     */
    public ToolCall run(String name, String arguments) {
        LlmTool tool = find(name)
                .orElseThrow(() -> new ToolArgumentException("There is no tool '" + name + "'; the tools are "
                        + String.join(", ", TOOLS.stream().map(LlmTool::name).toList())));
        ToolArguments a = ToolArguments.parse(tool, arguments);
        return switch (tool.name()) {
            case "list_segments" -> tools.segments().call();
            case "segment_value" -> tools.segmentValue(a.run(), a.segment()).call();
            case "send_times" -> tools.sendTimes(a.run(), a.segment()).call();
            case "channel_preference" ->
                tools.channelPreference(a.run(), a.segment()).call();
            case "reach" -> tools.headroom(a.run(), a.segment(), a.channel()).call();
            case "holdout_design" ->
                tools.holdoutDesign(a.reachable(), a.holdoutShare(), a.baseline())
                        .call();
            case "outlook" ->
                tools.outlook(a.run(), a.segment(), a.channel(), a.holdoutShare())
                        .call();
            case "past_campaigns" -> tools.pastCampaigns().call();
            default -> throw new IllegalStateException("no runner for tool " + tool.name());
        };
    }

    /**
     * What the model reads of a call's result: the id an estimate cites, the summary, and every figure under its
     * name, written as the plan must quote it.
     */
    public static String answer(ToolCall call) {
        ObjectNode root = JSON.createObjectNode().put("tool_call_id", call.id()).put("summary", call.summary());
        ObjectNode figures = root.putObject("figures");
        call.figures().forEach(f -> figures.put(f.name(), f.value()));
        return root.toString();
    }

    /** What the model reads when a call could not run: why, so that it can call again correctly. */
    public static String failure(String why) {
        return JSON.createObjectNode().put("error", why).toString();
    }

    private static Optional<LlmTool> find(String name) {
        return TOOLS.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static LlmTool.Parameter param(String name, LlmTool.Type type, String description) {
        return LlmTool.Parameter.of(name, type, description);
    }
}
