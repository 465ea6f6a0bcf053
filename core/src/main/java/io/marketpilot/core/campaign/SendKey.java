package io.marketpilot.core.campaign;

import io.marketpilot.core.input.FieldLimits;

/**
 * One recipient of one campaign: the send queue holds at most one message per key, which is what makes sending
 * exactly-once per recipient and campaign.
 */
public record SendKey(String campaignId, String customerId) {
    public SendKey {
        Check.id(campaignId, "campaign id", FieldLimits.ID);
        Check.id(customerId, "customer id", FieldLimits.ID);
    }

    /**
     * The key as one string, for a channel's idempotency header or Message-ID: the two ids with a '/' between; a
     * campaign id holds no '/', so no two keys give the same string.
     */
    public String idempotencyKey() {
        return campaignId + "/" + customerId;
    }
}
