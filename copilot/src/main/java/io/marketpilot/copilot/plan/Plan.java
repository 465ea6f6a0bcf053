package io.marketpilot.copilot.plan;

import io.marketpilot.copilot.tools.ToolCall;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A proposed campaign for a goal, with the tool calls whose results every stated number comes from.
 *
 * @param planner {@code rule-based/1}, or the model that planned it
 * @param proposal who, what, where, when, and how it is measured
 * @param estimates expected size and value, each a range
 * @param reasoning why, in plain words
 * @param toolCalls the calls made, in order, with their results
 */
public record Plan(
        String goal,
        Intent intent,
        String planner,
        String promptVersion,
        Proposal proposal,
        List<Estimate> estimates,
        String reasoning,
        List<ToolCall> toolCalls) {
    public Plan {
        estimates = List.copyOf(estimates);
        toolCalls = List.copyOf(toolCalls);
    }

    /**
     * The campaign a plan proposes.
     *
     * @param runId the segmentation run the audience is a segment of
     * @param segment the segment's index in that run
     * @param channel the channel's wire name, e.g. {@code email}
     * @param holdoutShare the share of the audience held out to measure the campaign
     */
    public record Proposal(
            long runId,
            int segment,
            String audience,
            String offer,
            String channel,
            String timing,
            String contentBrief,
            double holdoutShare,
            String measurement) {}

    /** A range the plan expects, traced to the tool call that computed it. */
    public record Estimate(String name, String low, String high, String unit, String toolCallId) {}

    /** The data every tool call read, without repeats. */
    public List<String> snapshotIds() {
        return toolCalls.stream()
                .flatMap(c -> Stream.of(c.snapshotId().split("\\+")))
                .distinct()
                .toList();
    }

    /** Everything the plan states in words and figures: what the verifier reads. */
    public String statedText() {
        Proposal p = proposal;
        return Stream.concat(
                        Stream.of(p.audience(), p.offer(), p.timing(), p.contentBrief(), p.measurement(), reasoning),
                        estimates.stream().map(e -> e.name() + " " + e.low() + " " + e.high() + " " + e.unit()))
                .collect(Collectors.joining("\n"));
    }
}
