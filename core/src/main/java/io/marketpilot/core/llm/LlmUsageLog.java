package io.marketpilot.core.llm;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Every call through the LLM gateway, kept so that usage and cost survive restarts and add up across the server
 * and the CLI. Holds figures only, never prompt text.
 */
public interface LlmUsageLog {
    /**
     * One call as recorded.
     *
     * @param cost empty when the model has no price
     * @param outcome {@code ok}, {@code cached}, {@code failed} or {@code circuit_open}
     */
    record Call(
            LocalDateTime at,
            String provider,
            String model,
            String feature,
            int inputTokens,
            int outputTokens,
            long latencyMillis,
            Optional<Double> cost,
            String outcome,
            int attempts) {}

    /**
     * Calls summed per provider, model and feature.
     *
     * @param averageLatencyMillis mean wall time of the calls that reached the provider
     * @param cost summed cost of the calls with a price; {@code pricedCalls} says how many had one
     */
    record Totals(
            String provider,
            String model,
            String feature,
            long calls,
            long cacheHits,
            long failures,
            long inputTokens,
            long outputTokens,
            double averageLatencyMillis,
            double cost,
            long pricedCalls) {}

    /** Keeps one call (a model or feature name too long for the log is cut to fit). */
    void record(Call call);

    /** Totals of the calls since {@code since}, most calls first. */
    List<Totals> totals(LocalDateTime since);
}
