package io.marketpilot.core.campaign;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.FieldLimits;
import java.time.Instant;

/**
 * Something a recipient did with a campaign's message.
 *
 * @param id unique per event, so that a pixel fetched twice or a webhook delivered twice counts once
 * @param detail a click's target URL, a conversion's order id, a bounce's server answer; empty when none
 * @param value a conversion's revenue; 0 for every other kind
 */
public record CampaignEvent(
        String id,
        String campaignId,
        String customerId,
        CampaignEventKind kind,
        Instant at,
        String detail,
        double value) {
    public CampaignEvent {
        Check.id(id, "event id", FieldLimits.EVENT_ID);
        Check.id(campaignId, "campaign id", FieldLimits.ID);
        Check.id(customerId, "customer id", FieldLimits.ID);
        Check.present(kind, "event kind");
        Check.present(at, "event time");
        Check.text(detail, "detail", FieldLimits.CAMPAIGN_EVENT_DETAIL);
        if (!Double.isFinite(value)) {
            throw MarketPilotException.invalid("An event's value is a finite number, was " + value);
        }
        if (kind != CampaignEventKind.CONVERSION && value != 0) {
            throw MarketPilotException.invalid(
                    "Only a conversion carries a value, this " + kind.wireName() + " has " + value);
        }
    }
}
