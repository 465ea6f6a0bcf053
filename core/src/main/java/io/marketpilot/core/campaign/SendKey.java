package io.marketpilot.core.campaign;

import io.marketpilot.core.input.FieldLimits;

/**
 * One recipient of one campaign, once: the send queue holds at most one message per key, which is what makes sending
 * exactly-once per recipient and campaign (and per occurrence: a journey's entry, so that a customer who enters a
 * journey again is sent its message again).
 *
 * @param occurrence 0 for a campaign's message; a journey's send names the customer's enrolment (1 or more)
 */
public record SendKey(String campaignId, String customerId, long occurrence) {
    public SendKey {
        Check.id(campaignId, "campaign id", FieldLimits.ID);
        Check.id(customerId, "customer id", FieldLimits.ID);
        if (occurrence < 0) {
            throw io.marketpilot.core.MarketPilotException.invalid("an occurrence is 0 or more, was " + occurrence);
        }
    }

    /** A campaign's message to the customer: occurrence 0. */
    public SendKey(String campaignId, String customerId) {
        this(campaignId, customerId, 0);
    }

    /**
     * The key as one string, for a channel's idempotency header or Message-ID: the two ids with a '/' between, the
     * campaign's id followed by {@code ~occurrence} when that is not 0; a campaign id holds neither '/' nor '~', so no
     * two keys give the same string, and a campaign's keys read as they did before occurrences.
     */
    public String idempotencyKey() {
        return campaignId + (occurrence == 0 ? "" : "~" + occurrence) + "/" + customerId;
    }
}
