package io.marketpilot.app.demo;

import io.marketpilot.app.campaign.CampaignChannels;
import io.marketpilot.app.campaign.CampaignKeys;
import io.marketpilot.app.campaign.Campaigns;
import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.delivery.RetryPolicy;
import java.time.Clock;

/**
 * The campaigns' graph on a clock of the demo's simulation (set back to when its messages went out), sending e-mail
 * into the outbox whatever the configuration says: the demo never mails anyone.
 */
final class PastCampaigns {
    private PastCampaigns() {}

    static Campaigns on(Services app, Clock then, long retrySeed) {
        CampaignSettings settings = app.config.campaigns();
        return Campaigns.create(
                app.stores.campaigns(),
                new Campaigns.Dependencies(
                        app.customers,
                        app.customerAttributes,
                        app.products,
                        app.orders,
                        app.reviews,
                        app.reviewSentiments,
                        app.stores.conversations(),
                        app.segments,
                        app.predictions,
                        app.recommendations,
                        app.content,
                        app.experiments,
                        app.bandits,
                        app.eventIntake,
                        app.audit),
                settings,
                CampaignKeys.load(settings.secret(), app.config.dataDir()),
                CampaignChannels.configured(
                        CampaignSettings.defaults(), app.stores.campaigns().outbox(), then),
                RetryPolicy.standard(retrySeed),
                then);
    }
}
