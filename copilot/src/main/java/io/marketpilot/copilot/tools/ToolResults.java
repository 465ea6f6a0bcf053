package io.marketpilot.copilot.tools;

import java.util.List;
import java.util.Optional;

/** The typed answers of the copilot's tools; each carries the call it came from. */
public final class ToolResults {
    private ToolResults() {}

    /** The segments of the latest run, with their sizes and shares. */
    public record Segments(ToolCall call, ShopFacts.SegmentRun run) {}

    /**
     * A segment's customer value: the mean 12-month CLV with its 10th and 90th percentiles, the mean probability of
     * still being a customer, its risk of lapsing, and the expected share ordering within a week without a message
     * (the baseline a holdout measures against).
     */
    public record SegmentValue(
            ToolCall call,
            int segment,
            int predicted,
            double meanClv,
            double clvP10,
            double clvP90,
            double meanPAlive,
            LapseRisk risk,
            double weeklyBaseline) {}

    /**
     * The share of a segment at risk of lapsing and its two parts: customers whose p(alive) is below one half, and
     * one-off buyers (p(alive) 1 by construction) silent for longer than the shop's typical repeat gap, which is
     * empty when nobody bought twice.
     */
    public record LapseRisk(
            double share, double lowPAliveShare, double lapsedOneOffShare, Optional<RepeatGap> repeatGap) {}

    /** When a segment's customers read: how many have a predicted hour, the commonest hour and its share. */
    public record SendTimes(ToolCall call, int predicted, int topHour, double topHourShare) {}

    /** Which channel a segment engages through, among customers whose preference is known. */
    public record ChannelMix(ToolCall call, String preferred, double share, int known) {}

    /** How many of a segment a campaign on the channel could reach now. */
    public record Headroom(ToolCall call, ShopFacts.Reach reach) {}

    /**
     * A holdout design: its share and size, and the smallest conversion lift (percentage points) it detects at the
     * stated significance and power; empty MDE when the groups are too small to detect any.
     */
    public record Measurement(
            ToolCall call,
            double holdoutShare,
            long recipients,
            long holdout,
            double alpha,
            double power,
            java.util.OptionalDouble minimumDetectableEffect) {}

    /** Expected recipients and the 12-month value they hold, each as a range. */
    public record Outlook(ToolCall call, long recipientsLow, long recipientsHigh, double valueLow, double valueHigh) {}

    /** Past campaigns' holdout results. */
    public record PastCampaigns(ToolCall call, List<ShopFacts.CampaignResult> campaigns) {}
}
