package io.marketpilot.core.campaign;

import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.util.Map;
import java.util.Optional;

/** Opens, clicks, conversions, unsubscribes, bounces and complaints of campaign messages. */
public interface CampaignEvents {
    /** Stores an event whose id is new; returns false, storing nothing, for an id already stored. */
    boolean record(CampaignEvent event);

    /** How many events of each kind the campaign has; kinds with none are absent. */
    Map<CampaignEventKind, Long> counts(String campaignId);

    /** How many distinct customers have at least one event of each kind; kinds with none are absent. */
    Map<CampaignEventKind, Long> customerCounts(String campaignId);

    /** A campaign's events, newest first, optionally of one kind. */
    Page<CampaignEvent> list(String campaignId, Optional<CampaignEventKind> kind, PageRequest page);

    /** One customer's events across campaigns, newest first, for the customer page. */
    Page<CampaignEvent> forCustomer(String customerId, PageRequest page);
}
