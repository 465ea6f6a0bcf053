package io.marketpilot.app.services;

import io.marketpilot.core.experiment.BanditStates;
import io.marketpilot.core.experiment.ExperimentEvents;
import io.marketpilot.core.experiment.ExperimentStore;
import io.marketpilot.core.experiment.OptimisationRounds;
import io.marketpilot.core.experiment.PrePeriodRevenue;
import io.marketpilot.store.analytics.SalesAnalytics;
import io.marketpilot.store.apikey.ApiKeys;
import io.marketpilot.store.audit.AuditLog;
import io.marketpilot.store.content.JdbcBrandVoiceRepository;
import io.marketpilot.store.content.JdbcContentRepository;
import io.marketpilot.store.customer.JdbcCustomerRepository;
import io.marketpilot.store.event.JdbcEventRepository;
import io.marketpilot.store.export.Exporter;
import io.marketpilot.store.imports.Importer;
import io.marketpilot.store.insight.ReviewListening;
import io.marketpilot.store.insight.ReviewSentiments;
import io.marketpilot.store.llm.LlmUsageLog;
import io.marketpilot.store.order.JdbcOrderRepository;
import io.marketpilot.store.privacy.CustomerPrivacy;
import io.marketpilot.store.product.JdbcProductRepository;
import io.marketpilot.store.recommend.RecommenderVersions;
import io.marketpilot.store.review.JdbcReviewRepository;
import io.marketpilot.store.segment.SegmentationRuns;
import io.marketpilot.store.support.JdbcConversationRepository;

/**
 * Every store the services use, built by the wiring module (the only place that knows the store's implementation)
 * and handed to {@link Services}. {@code kind} names the store for health checks ("h2", "postgresql").
 */
public record Stores(
        String kind,
        AuditLog audit,
        JdbcCustomerRepository customers,
        JdbcProductRepository products,
        JdbcOrderRepository orders,
        JdbcEventRepository events,
        JdbcReviewRepository reviews,
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
        JdbcConversationRepository conversations,
        ExperimentStore experiments,
        ExperimentEvents experimentEvents,
        PrePeriodRevenue prePeriodRevenue,
        BanditStates banditStates,
        OptimisationRounds optimisationRounds,
        JdbcContentRepository contentItems,
        JdbcBrandVoiceRepository brandVoices,
        AutoCloseable closer) {}
