package io.marketpilot.app.campaign;

/**
 * Whether an address is on the suppression list of a channel.
 *
 * @param added whether this request put it there (false when it was already suppressed, or only checked)
 */
public record SuppressionCheck(String addressHash, String channel, boolean suppressed, boolean added) {}
