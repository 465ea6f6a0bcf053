package io.marketpilot.core.campaign;

import io.marketpilot.core.input.FieldLimits;
import java.time.Instant;

/**
 * One marketing message that reached a customer: what frequency caps count.
 *
 * @param occurrence which of the campaign's messages to the customer, as the send queue's key says: 0 for a campaign's
 *     one message, the enrolment for a journey step's (a customer who enters again is sent and counted again)
 */
public record Contact(String customerId, String campaignId, long occurrence, ChannelKind channel, Instant at) {
    public Contact {
        Check.id(customerId, "customer id", FieldLimits.ID);
        Check.id(campaignId, "campaign id", FieldLimits.ID);
        if (occurrence < 0) {
            throw io.marketpilot.core.MarketPilotException.invalid("an occurrence is 0 or more, was " + occurrence);
        }
        Check.present(channel, "channel");
        Check.present(at, "contact time");
    }

    /** A campaign's one message to the customer: occurrence 0. */
    public Contact(String customerId, String campaignId, ChannelKind channel, Instant at) {
        this(customerId, campaignId, 0, channel, at);
    }
}
