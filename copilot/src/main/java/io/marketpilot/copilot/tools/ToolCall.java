package io.marketpilot.copilot.tools;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One call of a tool and what it returned: the id names the tool, its arguments and the data snapshot it read, so
 * every number a plan states can be traced to the call that produced it.
 *
 * @param snapshotId the data read, e.g. {@code segmentation-run:7}
 * @param summary what the result says, in words, with its figures
 */
public record ToolCall(
        String id,
        String tool,
        Map<String, String> arguments,
        String snapshotId,
        String summary,
        List<Figure> figures) {
    public ToolCall {
        arguments = Map.copyOf(arguments);
        figures = List.copyOf(figures);
    }

    /** A call whose id is derived from its tool, arguments (in name order) and snapshot. */
    public static ToolCall of(
            String tool, Map<String, String> arguments, String snapshotId, String summary, List<Figure> figures) {
        String args = new TreeMap<>(arguments)
                .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        return new ToolCall(tool + "(" + args + ")@" + snapshotId, tool, arguments, snapshotId, summary, figures);
    }
}
