package io.marketpilot.llm.usage;

/**
 * Usage of one provider/model for one feature over a period.
 *
 * @param calls every call, cache hits and failures included
 * @param averageLatencyMillis mean wall time of the calls that reached the provider
 * @param cost summed cost of the priced calls; {@code pricedCalls} says how many had a price
 */
public record UsageSummary(
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
