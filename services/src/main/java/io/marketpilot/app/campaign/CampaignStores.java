package io.marketpilot.app.campaign;

import io.marketpilot.core.campaign.CampaignAudiences;
import io.marketpilot.core.campaign.CampaignEvents;
import io.marketpilot.core.campaign.CampaignStore;
import io.marketpilot.core.campaign.ConsentStore;
import io.marketpilot.core.campaign.ContactLog;
import io.marketpilot.core.campaign.OutboxDelivery;
import io.marketpilot.core.campaign.SendQueue;
import io.marketpilot.core.campaign.SuppressionList;
import io.marketpilot.core.delivery.Outbox;

/** The stores campaigns use, built by the wiring module with the others. */
public record CampaignStores(
        CampaignStore campaigns,
        CampaignAudiences audiences,
        SendQueue queue,
        ConsentStore consents,
        SuppressionList suppressions,
        ContactLog contacts,
        CampaignEvents events,
        Outbox outbox,
        OutboxDelivery outboxDelivery) {}
