package io.marketpilot.app.services;

import io.marketpilot.app.campaign.CampaignStores;
import io.marketpilot.app.journey.JourneyStores;
import io.marketpilot.core.access.ApiKeys;
import io.marketpilot.core.audit.AuditLog;
import io.marketpilot.core.content.BrandVoiceRepository;
import io.marketpilot.core.content.ContentRepository;
import io.marketpilot.core.experiment.BanditStates;
import io.marketpilot.core.experiment.ExperimentEvents;
import io.marketpilot.core.experiment.ExperimentStore;
import io.marketpilot.core.experiment.OptimisationRounds;
import io.marketpilot.core.experiment.PrePeriodRevenue;
import io.marketpilot.core.llm.LlmUsageLog;
import io.marketpilot.core.privacy.CustomerPrivacy;
import io.marketpilot.core.store.CustomerAttributes;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.core.store.EventRepository;
import io.marketpilot.core.store.OrderRepository;
import io.marketpilot.core.store.ProductRepository;
import io.marketpilot.core.store.RecommenderVersions;
import io.marketpilot.core.store.ReviewListening;
import io.marketpilot.core.store.ReviewRepository;
import io.marketpilot.core.store.ReviewSentiments;
import io.marketpilot.core.store.SalesAnalytics;
import io.marketpilot.core.store.SegmentationRuns;
import io.marketpilot.core.support.ConversationRepository;
import io.marketpilot.core.webhook.WebhookStore;
import io.marketpilot.imports.Exporter;
import io.marketpilot.imports.Importer;

/**
 * Every store the services use, built by the wiring module (the only place that knows the store's implementation)
 * and handed to {@link Services}. {@code kind} names the store for health checks ("h2", "postgresql"), {@code location} its URL without settings or
 * secrets, for people.
 */
public record Stores(
        String kind,
        String location,
        AuditLog audit,
        CustomerRepository customers,
        CustomerAttributes customerAttributes,
        ProductRepository products,
        OrderRepository orders,
        EventRepository events,
        ReviewRepository reviews,
        Importer importer,
        Exporter exporter,
        CustomerPrivacy privacy,
        ApiKeys apiKeys,
        SalesAnalytics sales,
        ReviewSentiments reviewSentiments,
        ReviewListening reviewListening,
        RecommenderVersions recommenderVersions,
        SegmentationRuns segmentationRuns,
        LlmUsageLog llmUsage,
        ConversationRepository conversations,
        ExperimentStore experiments,
        ExperimentEvents experimentEvents,
        PrePeriodRevenue prePeriodRevenue,
        BanditStates banditStates,
        OptimisationRounds optimisationRounds,
        ContentRepository contentItems,
        BrandVoiceRepository brandVoices,
        CampaignStores campaigns,
        WebhookStore webhooks,
        JourneyStores journeys,
        io.marketpilot.core.copilot.PlanStore plans,
        io.marketpilot.core.classifier.ClassifierStore classifiers,
        AutoCloseable closer) {}
