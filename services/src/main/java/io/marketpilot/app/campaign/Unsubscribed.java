package io.marketpilot.app.campaign;

/**
 * A recipient unsubscribed through their signed link: opted out of every topic on the channel and put on its
 * suppression list.
 *
 * @param suppressedNow whether the address was added to the suppression list now (false: it was already there, or the
 *     customer has no address left)
 */
public record Unsubscribed(String campaignId, String customerId, String channel, boolean suppressedNow) {}
