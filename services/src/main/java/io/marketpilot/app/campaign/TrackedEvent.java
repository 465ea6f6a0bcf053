package io.marketpilot.app.campaign;

/**
 * A recipient's action taken from a signed link or pixel.
 *
 * @param kind the campaign event's kind (wire name): {@code open}, {@code click}, {@code unsubscribe}
 * @param counted false when the same event was counted before (a pixel fetched twice, a link clicked again)
 */
public record TrackedEvent(String campaignId, String customerId, String kind, boolean counted) {}
