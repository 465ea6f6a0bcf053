package io.marketpilot.app.copilot;

import io.marketpilot.app.campaign.Campaigns;
import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.app.insight.StorePredictions;
import io.marketpilot.app.insight.StoreSegments;
import io.marketpilot.copilot.tools.CopilotTools;
import io.marketpilot.core.campaign.AddressHasher;
import io.marketpilot.core.store.CustomerRepository;
import java.time.Clock;

/**
 * The copilot's read-only tools over the store, for the doors that hand them to an assistant of the caller's own (the
 * MCP server): the same tools, over the same figures, that the copilot's planner calls.
 */
public final class StoreCopilotTools {
    private StoreCopilotTools() {}

    public static CopilotTools create(
            Campaigns campaigns,
            StoreSegments segments,
            StorePredictions predictions,
            CustomerRepository customers,
            CampaignSettings settings,
            AddressHasher addresses,
            Clock clock) {
        return new CopilotTools(new StoreShopFacts(
                segments,
                predictions,
                customers,
                campaigns.stores,
                campaigns.service,
                addresses,
                settings.consentPolicy(),
                settings.frequencyCap(),
                clock));
    }
}
