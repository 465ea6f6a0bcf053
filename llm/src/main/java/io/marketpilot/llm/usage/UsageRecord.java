package io.marketpilot.llm.usage;

import java.time.Instant;
import java.util.Optional;

/**
 * One call through the gateway, as accounted: who asked for which feature, what it cost and how it ended.
 *
 * @param outcome {@code ok}, {@code cached}, {@code failed} or {@code circuit_open}
 * @param cost the cost from the price table, empty when the model has no price
 * @param attempts HTTP attempts made (0 for a cache hit or an open circuit)
 */
public record UsageRecord(
        Instant at,
        String provider,
        String model,
        String feature,
        int inputTokens,
        int outputTokens,
        long latencyMillis,
        Optional<Double> cost,
        String outcome,
        int attempts) {

    public static final String OK = "ok";
    public static final String CACHED = "cached";
    public static final String FAILED = "failed";
    public static final String CIRCUIT_OPEN = "circuit_open";

    public boolean cacheHit() {
        return outcome.equals(CACHED);
    }

    public boolean failure() {
        return outcome.equals(FAILED) || outcome.equals(CIRCUIT_OPEN);
    }
}
