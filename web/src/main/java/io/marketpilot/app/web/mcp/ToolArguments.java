package io.marketpilot.app.web.mcp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.app.copilot.Copilot;
import io.marketpilot.app.web.Json;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.ChannelKind;
import java.util.Map;

/**
 * The arguments each tool takes, as records: their schemas are the tools' input schemas (through the API's
 * {@code RecordSchemas}), and each checks its own values, so a tool never runs on a run, share or channel that
 * names nothing.
 */
final class ToolArguments {
    private static final ObjectMapper JSON = Json.mapper();

    /** The most plans {@code list_plans} returns. */
    static final int LISTED_PLANS = 20;

    /** The largest holdout a plan may design: half the audience, as journeys allow. */
    static final double MAX_HOLDOUT = 0.5;

    private ToolArguments() {}

    /** A tool that takes nothing. */
    record None() {}

    /** One segment of a segmentation run. */
    record Segment(long run, int segment) {
        Segment {
            requireSegment(run, segment);
        }
    }

    /** One segment of a run, reached on a channel. */
    record Reach(long run, int segment, String channel) {
        Reach {
            requireSegment(run, segment);
            ChannelKind.parse(channel);
        }

        ChannelKind channelKind() {
            return ChannelKind.parse(channel);
        }
    }

    /** A holdout of a share of the reachable customers, against a weekly baseline conversion rate. */
    record Holdout(
            long reachable, @JsonProperty("holdout_share") double holdoutShare, double baseline) {
        Holdout {
            if (reachable < 0) {
                throw MarketPilotException.invalid("reachable is a number of customers, 0 or more");
            }
            requireHoldout(holdoutShare);
            if (!(baseline >= 0 && baseline <= 1)) {
                throw MarketPilotException.invalid("baseline is a conversion rate between 0 and 1, e.g. 0.02");
            }
        }
    }

    /** A campaign on a segment through a channel, with a holdout. */
    record Outlook(
            long run,
            int segment,
            String channel,
            @JsonProperty("holdout_share") double holdoutShare) {
        Outlook {
            requireSegment(run, segment);
            ChannelKind.parse(channel);
            requireHoldout(holdoutShare);
        }

        ChannelKind channelKind() {
            return ChannelKind.parse(channel);
        }
    }

    /** What a plan should achieve, in the marketer's words. */
    record Goal(String goal) {
        Goal {
            if (goal.isBlank() || goal.length() > Copilot.MAX_GOAL) {
                throw MarketPilotException.invalid("A goal has 1 to " + Copilot.MAX_GOAL
                        + " characters, e.g. \"win back lapsed high-value customers before Christmas\"");
            }
        }
    }

    /**
     * The arguments as {@code type}: a refusal of the record's own checks comes out as it was thrown, any other
     * mismatch (which the input schema lets through only in a client that skipped it) as invalid input.
     */
    static <T extends Record> T read(Map<String, Object> arguments, Class<T> type) {
        try {
            return JSON.convertValue(arguments, type);
        } catch (IllegalArgumentException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof MarketPilotException refusal) {
                    throw refusal;
                }
            }
            String reason = e.getCause() instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw MarketPilotException.invalid("The arguments do not fit the tool's input schema: " + reason);
        }
    }

    private static void requireSegment(long run, int segment) {
        if (run < 1 || segment < 0) {
            throw MarketPilotException.invalid(
                    "run is a segmentation run's id and segment a segment's number, as list_segments gives them");
        }
    }

    private static void requireHoldout(double share) {
        if (!(share >= 0 && share <= MAX_HOLDOUT)) {
            throw MarketPilotException.invalid("holdout_share is a share between 0 and " + MAX_HOLDOUT + ", e.g. 0.1");
        }
    }
}
