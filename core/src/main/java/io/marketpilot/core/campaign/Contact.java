package io.marketpilot.core.campaign;

import io.marketpilot.core.input.FieldLimits;
import java.time.Instant;

/** One marketing message that reached a customer: what frequency caps count. */
public record Contact(String customerId, String campaignId, ChannelKind channel, Instant at) {
    public Contact {
        Check.id(customerId, "customer id", FieldLimits.ID);
        Check.id(campaignId, "campaign id", FieldLimits.ID);
        Check.present(channel, "channel");
        Check.present(at, "contact time");
    }
}
