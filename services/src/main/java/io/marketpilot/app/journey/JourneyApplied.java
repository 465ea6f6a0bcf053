package io.marketpilot.app.journey;

/**
 * What applying a journey's JSON did.
 *
 * @param changed whether a new version was stored (false: the JSON says what the latest version says)
 */
public record JourneyApplied(JourneyView journey, int version, boolean changed) {}
