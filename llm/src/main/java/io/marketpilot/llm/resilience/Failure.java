package io.marketpilot.llm.resilience;

/**
 * A failed attempt, classified: whether trying again may help, and a short reason for the user and the audit log.
 *
 * @param retriable true for 429, 5xx, timeouts, broken connections and unreadable answers
 * @param reason e.g. {@code HTTP 429 (rate limited)}
 */
public record Failure(boolean retriable, String reason) {}
