package io.marketpilot.llm;

import java.time.Instant;

/**
 * The audit record of one call that reached (or tried to reach) a provider: what was sent where, for whom.
 *
 * @param prompt the conversation as sent, always in redacted form (redacted for the record even when the provider
 *     gets clear text)
 * @param sentRedacted whether the provider received the redacted form
 * @param outcome {@code ok} or {@code failed: <reason>}
 */
public record LlmCall(
        Instant at,
        String actor,
        String feature,
        String provider,
        String model,
        String prompt,
        boolean sentRedacted,
        int redactions,
        int attempts,
        String outcome) {}
