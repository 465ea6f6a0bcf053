package io.marketpilot.app.campaign;

import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.app.content.StoreContent;
import io.marketpilot.app.experiment.BanditService;
import io.marketpilot.app.experiment.EventIntake;
import io.marketpilot.app.experiment.ExperimentService;
import io.marketpilot.app.insight.StorePredictions;
import io.marketpilot.app.insight.StoreRecommendations;
import io.marketpilot.app.insight.StoreSegments;
import io.marketpilot.app.webhook.WebhookEvents;
import io.marketpilot.campaigns.audience.AudienceResolver;
import io.marketpilot.core.audit.AuditLog;
import io.marketpilot.core.delivery.RetryPolicy;
import io.marketpilot.core.store.CustomerAttributes;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.core.store.OrderRepository;
import io.marketpilot.core.store.ProductRepository;
import io.marketpilot.core.store.ReviewRepository;
import io.marketpilot.core.store.ReviewSentiments;
import io.marketpilot.core.support.ConversationRepository;
import java.time.Clock;

/** The campaigns' object graph, built by hand from the stores and the services it uses. */
public final class Campaigns implements AutoCloseable {
    /** Campaigns from draft to report. */
    public final CampaignService service;

    public final ConsentService consent;
    public final SuppressionService suppression;
    public final Tracking tracking;
    /** Sends due messages: inline in a CLI process, on a background thread once the server starts it. */
    public final CampaignSender sender;
    /** Which channel carries each kind of campaign, and whether it reaches people. */
    public final CampaignChannels channels;
    /** The stores, for the doors' listings (the outbox page). */
    public final CampaignStores stores;
    /** Providers' bounce and complaint reports (the delivery webhook). */
    public final DeliveryReports deliveryReports;
    /** Orders attributed to the experiment campaigns that reached their customer, as conversions. */
    public final ConversionAttribution conversions;
    /** The queue journeys' send steps put their messages on. */
    public final JourneySendQueue journeySends;

    private Campaigns(
            CampaignService service,
            ConsentService consent,
            SuppressionService suppression,
            Tracking tracking,
            CampaignSender sender,
            CampaignChannels channels,
            CampaignStores stores,
            DeliveryReports deliveryReports,
            ConversionAttribution conversions,
            JourneySendQueue journeySends) {
        this.service = service;
        this.consent = consent;
        this.suppression = suppression;
        this.tracking = tracking;
        this.sender = sender;
        this.channels = channels;
        this.stores = stores;
        this.deliveryReports = deliveryReports;
        this.conversions = conversions;
        this.journeySends = journeySends;
    }

    /** What the campaigns read from the rest of the product. */
    public record Dependencies(
            CustomerRepository customers,
            CustomerAttributes customerAttributes,
            ProductRepository products,
            OrderRepository orders,
            ReviewRepository reviews,
            ReviewSentiments reviewSentiments,
            ConversationRepository conversations,
            StoreSegments segments,
            StorePredictions predictions,
            StoreRecommendations recommendations,
            StoreContent content,
            ExperimentService experiments,
            BanditService bandits,
            EventIntake eventIntake,
            AuditLog audit) {}

    /** Builds the graph without webhooks out (a test's, or a tool's that announces nothing). */
    public static Campaigns create(
            CampaignStores stores,
            Dependencies with,
            CampaignSettings settings,
            CampaignKeys keys,
            CampaignChannels channels,
            RetryPolicy retry,
            Clock clock) {
        return create(stores, with, settings, keys, channels, retry, WebhookEvents.NONE, clock);
    }

    /**
     * Builds the graph.
     *
     * @param channels the channels (from the configuration, or a test's)
     * @param retry when a temporarily failed message is tried again
     * @param webhooks hears of messages sent, bounced, opened and clicked, and of unsubscribes
     */
    public static Campaigns create(
            CampaignStores stores,
            Dependencies with,
            CampaignSettings settings,
            CampaignKeys keys,
            CampaignChannels channels,
            RetryPolicy retry,
            WebhookEvents webhooks,
            Clock clock) {
        TrackingLinks links = new TrackingLinks(keys.links(), settings.publicUrl());
        MessageRenderer renderer = new MessageRenderer(links, settings.shopUrl());
        CampaignContent content = new CampaignContent(with.content(), with.experiments(), with.bandits());
        RecipientFacts recipients =
                new RecipientFacts(with.customers(), with.products(), with.recommendations(), with.predictions());
        ExperimentFeed feed = new ExperimentFeed(with.eventIntake(), with.experiments(), with.bandits(), stores, clock);
        BanditWindows windows = new BanditWindows(stores, feed, clock);
        AudienceReader audiences = new AudienceReader(
                with.customers(),
                with.orders(),
                with.reviews(),
                with.reviewSentiments(),
                with.conversations(),
                with.segments(),
                with.predictions(),
                stores,
                keys.addresses(),
                settings.consentPolicy(),
                settings.frequencyCap(),
                clock);
        CampaignService campaigns = new CampaignService(
                stores,
                audiences,
                new AudienceResolver(settings.consentPolicy(), settings.frequencyCap()),
                content,
                recipients,
                renderer,
                channels,
                new CampaignReports(stores, with.orders(), channels, windows, clock),
                new CampaignFairness(with.customers(), with.customerAttributes(), clock),
                with.audit(),
                settings.quietHours(),
                clock);
        CampaignSender sender = new CampaignSender(
                stores,
                content,
                recipients,
                renderer,
                channels,
                feed,
                windows,
                keys.addresses(),
                retry,
                settings.frequencyCap(),
                webhooks,
                clock,
                CampaignSender.processOwner());
        return new Campaigns(
                campaigns,
                new ConsentService(stores, with.customers(), channels, links, with.audit(), clock),
                new SuppressionService(stores, keys.addresses(), with.audit(), clock),
                new Tracking(stores, with.customers(), keys.links(), keys.addresses(), feed, webhooks, clock),
                sender,
                channels,
                stores,
                new DeliveryReports(stores, keys.addresses(), with.audit(), webhooks, clock),
                new ConversionAttribution(stores, with.orders(), feed, clock),
                new JourneySendQueue(stores, content, settings.quietHours(), clock));
    }

    /** Stops the background sender, if it runs. */
    @Override
    public void close() {
        sender.close();
    }
}
