package io.marketpilot.llm;

import java.util.Optional;

/**
 * What the status page and {@code marketpilot llm status} show.
 *
 * @param circuit {@code closed}, {@code open}, {@code half_open}, or {@code none} without a provider
 * @param retryAt when an open circuit lets the next trial call through (ISO-8601)
 */
public record LlmStatus(
        String provider,
        String model,
        String baseUrl,
        boolean offline,
        String circuit,
        Optional<String> retryAt,
        int consecutiveFailures,
        boolean redaction,
        int knownNames,
        int maxConcurrency,
        int inFlight,
        int maxRetries,
        int cacheSize,
        int cacheCapacity,
        long cacheHits) {}
