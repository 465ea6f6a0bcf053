package io.marketpilot.app.services;

import io.marketpilot.app.campaign.CampaignChannels;
import io.marketpilot.app.campaign.CampaignKeys;
import io.marketpilot.app.campaign.Campaigns;
import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.content.StoreContent;
import io.marketpilot.app.experiment.BanditService;
import io.marketpilot.app.experiment.EventIntake;
import io.marketpilot.app.experiment.ExperimentReports;
import io.marketpilot.app.experiment.ExperimentService;
import io.marketpilot.app.experiment.OptimisationLoop;
import io.marketpilot.app.insight.Memo;
import io.marketpilot.app.insight.ReviewAnalysis;
import io.marketpilot.app.insight.SentimentAnalysis;
import io.marketpilot.app.insight.StorePredictions;
import io.marketpilot.app.insight.StoreRecommendations;
import io.marketpilot.app.insight.StoreSegments;
import io.marketpilot.app.jobs.ModelJobs;
import io.marketpilot.app.journey.JourneyEntrance;
import io.marketpilot.app.journey.Journeys;
import io.marketpilot.app.journey.ModelTriggers;
import io.marketpilot.app.llm.LanguageModelWiring;
import io.marketpilot.app.support.SupportDesk;
import io.marketpilot.app.webhook.Webhooks;
import io.marketpilot.core.access.ApiKeys;
import io.marketpilot.core.audit.AuditLog;
import io.marketpilot.core.delivery.RetryPolicy;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.experiment.ExperimentEvents;
import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.core.llm.LlmUsageLog;
import io.marketpilot.core.privacy.CustomerPrivacy;
import io.marketpilot.core.store.CustomerAttributes;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.core.store.EventRepository;
import io.marketpilot.core.store.OrderRepository;
import io.marketpilot.core.store.ProductRepository;
import io.marketpilot.core.store.ReviewRepository;
import io.marketpilot.core.store.ReviewSentiments;
import io.marketpilot.imports.Exporter;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportProgress;
import io.marketpilot.imports.ImportReport;
import io.marketpilot.imports.Importer;
import io.marketpilot.llm.LlmSetup;
import io.marketpilot.text.embedding.BilingualEmbedder;
import java.io.InputStream;
import java.time.Clock;

/** The object graph, built by hand: one store and the services over it. */
public final class Services implements AutoCloseable {
    /** The seed of the send retries' jitter: the same message waits the same on every server. */
    private static final long SEND_RETRY_SEED = 16;

    public final MarketPilotConfig config;
    /** The stores, as the wiring built them. */
    public final Stores stores;

    public final Clock clock;
    public final AuditLog audit;
    public final CustomerRepository customers;
    /** The facts imported about customers beyond the fixed fields (gender, birth date, loyalty tier, …). */
    public final CustomerAttributes customerAttributes;

    public final ProductRepository products;
    public final OrderRepository orders;
    public final EventRepository events;
    public final ReviewRepository reviews;
    public final Importer importer;
    public final Exporter exporter;
    public final CustomerPrivacy privacy;
    public final ApiKeys apiKeys;
    /** The shop's headline figures, summed once per change of the data. */
    public final io.marketpilot.app.insight.ShopFigures analytics;

    public final SentimentAnalysis sentiment;
    /** Where models are built: inline in a CLI process, in the background on the server. */
    public final ModelJobs jobs;

    public final StorePredictions predictions;
    public final ReviewSentiments reviewSentiments;
    public final ReviewAnalysis reviewAnalysis;
    /** The bge-small embedding models (English, Chinese), loaded on first use and shared by every feature. */
    public final Memo<BilingualEmbedder> embedder;

    public final io.marketpilot.app.insight.ListeningModels listeningModels;
    public final io.marketpilot.app.insight.EmotionAnalysis emotion;
    public final io.marketpilot.core.store.ReviewListening reviewListening;
    public final io.marketpilot.app.insight.ListeningInsights listening;
    public final StoreRecommendations recommendations;
    public final StoreSegments segments;
    /**
     * The configured language model: the LLM gateway over an OpenAI-compatible server or Ollama, or offline (each
     * feature's model-free path) when {@code llm.provider} is offline, the default.
     */
    public final LanguageModel languageModel;
    /** The gateway's setup and status, and the usage it recorded. */
    public final LlmSetup llm;

    public final LlmUsageLog llmUsage;
    /** The support assistant: knowledge base, conversations and hand-off (models load on first use). */
    public final SupportDesk support;

    public final ExperimentService experiments;
    public final ExperimentReports experimentReports;
    public final EventIntake eventIntake;
    public final BanditService bandits;
    public final OptimisationLoop optimisation;
    private final ExperimentEvents experimentEvents;
    /** Copy generation, review and brand voice over the store. */
    public final StoreContent content;
    /** Campaigns, consent, suppression, the sender and tracking. */
    public final Campaigns campaigns;
    /** Webhooks out: subscriptions, the events published to them, and the worker that posts them. */
    public final Webhooks webhooks;
    /** Journeys: their triggers, the worker that walks customers through them, and the service the doors call. */
    public final Journeys journeys;
    /** The strategy copilot: plans for a goal from the shop's figures, reviewed by a person, launched as drafts. */
    public final io.marketpilot.app.copilot.Copilot copilot;
    /** The shop's own text classifiers: training jobs, versions, activation. */
    public final io.marketpilot.app.classify.ClassifierService classifiers;
    /** The copilot's read-only tools, for an assistant that calls them itself (the MCP server). */
    public final io.marketpilot.copilot.tools.CopilotTools copilotTools;

    public Services(MarketPilotConfig config, Stores stores, Clock clock) {
        this.config = config;
        this.stores = stores;
        this.clock = clock;
        this.audit = stores.audit();
        this.customers = stores.customers();
        this.customerAttributes = stores.customerAttributes();
        this.products = stores.products();
        this.orders = stores.orders();
        this.events = stores.events();
        this.reviews = stores.reviews();
        this.importer = stores.importer();
        this.exporter = stores.exporter();
        this.privacy = stores.privacy();
        this.apiKeys = stores.apiKeys();
        this.webhooks = Webhooks.create(stores.webhooks(), audit, clock);
        this.embedder = Memo.of(BilingualEmbedder::bgeSmall);
        this.listeningModels = new io.marketpilot.app.insight.ListeningModels(embedder);
        this.sentiment = new SentimentAnalysis(listeningModels);
        this.emotion = new io.marketpilot.app.insight.EmotionAnalysis(listeningModels);
        this.reviewListening = stores.reviewListening();
        this.jobs = new ModelJobs(clock);
        this.classifiers = new io.marketpilot.app.classify.ClassifierService(
                stores.classifiers(), stores.reviewListening(), embedder, jobs, audit, clock);
        this.analytics = new io.marketpilot.app.insight.ShopFigures(stores.sales(), orders, jobs, clock);
        this.predictions = new StorePredictions(orders, products, events, jobs, clock);
        this.reviewSentiments = stores.reviewSentiments();
        this.reviewAnalysis = new ReviewAnalysis(reviewSentiments, reviewListening, listeningModels, clock);
        this.listening = new io.marketpilot.app.insight.ListeningInsights(reviewListening, reviewAnalysis);
        this.recommendations =
                new StoreRecommendations(orders, products, stores.recommenderVersions(), embedder, jobs, clock);
        this.llmUsage = stores.llmUsage();
        this.llm = LanguageModelWiring.create(config.llm(), customers, llmUsage, audit, clock);
        this.languageModel = llm.model();
        this.segments = new StoreSegments(
                reviewSentiments,
                customers,
                orders,
                products,
                events,
                stores.segmentationRuns(),
                languageModel,
                jobs,
                webhooks.service,
                clock);
        // events enter customers into journeys as they are stored, whichever door they came through; segmentation
        // runs and refits of customer value enter them on their segment and prediction triggers
        JourneyEntrance journeyEntrance =
                JourneyEntrance.over(stores.journeys(), customers, orders, webhooks.service, clock);
        ModelTriggers.follow(segments, predictions, journeyEntrance);
        this.support = new SupportDesk(
                config.dataDir(),
                stores.conversations(),
                languageModel,
                products,
                customers,
                recommendations,
                embedder,
                clock,
                config.support(),
                webhooks.service,
                new io.marketpilot.app.classify.LearnedIntents(classifiers));
        this.experiments = new ExperimentService(
                stores.experiments(),
                audit,
                clock,
                new io.marketpilot.app.experiment.SegmentEligibility(segments),
                webhooks.service);
        this.experimentEvents = stores.experimentEvents();
        this.experimentReports = new ExperimentReports(experiments, experimentEvents, stores.prePeriodRevenue());
        this.eventIntake =
                new EventIntake(experiments, experimentEvents, events, customers, products, journeyEntrance, clock);
        this.bandits = new BanditService(experiments, stores.banditStates(), clock);
        this.content = StoreContent.create(
                stores.contentItems(),
                stores.brandVoices(),
                customers,
                products,
                orders,
                segments,
                recommendations,
                languageModel,
                config.dataDir().resolve("prompts"),
                sentiment,
                embedder,
                audit,
                clock);
        // the loop's challengers come from content generation and wait, as drafts, for a person's approval
        this.optimisation = new OptimisationLoop(
                experiments,
                experimentReports,
                stores.optimisationRounds(),
                new io.marketpilot.app.content.ContentChallengerWriter(content, segments::largestSegment),
                clock);
        CampaignSettings campaignSettings = config.campaigns();
        CampaignKeys campaignKeys = CampaignKeys.load(campaignSettings.secret(), config.dataDir());
        this.campaigns = Campaigns.create(
                stores.campaigns(),
                new Campaigns.Dependencies(
                        customers,
                        customerAttributes,
                        products,
                        orders,
                        reviews,
                        reviewSentiments,
                        stores.conversations(),
                        segments,
                        predictions,
                        recommendations,
                        content,
                        experiments,
                        bandits,
                        eventIntake,
                        audit),
                campaignSettings,
                campaignKeys,
                CampaignChannels.configured(campaignSettings, stores.campaigns().outbox(), clock),
                RetryPolicy.standard(SEND_RETRY_SEED),
                webhooks.service,
                clock);
        this.journeys = Journeys.create(
                stores.journeys(),
                journeyEntrance,
                new Journeys.Dependencies(
                        customers,
                        orders,
                        events,
                        predictions,
                        segments,
                        experiments,
                        campaigns.journeySends,
                        stores.campaigns().consents(),
                        stores.campaigns().suppressions(),
                        stores.campaigns().contacts(),
                        campaignKeys.addresses(),
                        audit),
                new Journeys.SendRules(
                        campaignSettings.consentPolicy(),
                        campaignSettings.frequencyCap(),
                        campaignSettings.quietHours()),
                clock,
                campaigns.sender.owner());
        // one set of tools: the planners call them, and the MCP server hands the same ones to a caller's assistant
        this.copilotTools = io.marketpilot.app.copilot.StoreCopilotTools.create(
                campaigns, segments, predictions, customers, campaignSettings, campaignKeys.addresses(), clock);
        this.copilot = io.marketpilot.app.copilot.Copilot.create(
                stores.plans(),
                copilotTools,
                campaigns.service,
                journeys.service,
                content,
                campaignSettings.quietHours(),
                languageModel,
                audit,
                clock);
    }

    /**
     * Imports a file and runs the pipelines that follow from it (reviews are scored, orders attributed to the
     * experiment campaigns as conversions, new events and orders handed to the journeys), so that every way in — CLI, API, dashboard, demo — leaves the store
     * analysed.
     */
    public ImportReport importFile(
            ImportKind kind, String name, InputStream in, boolean dryRun, String actor, ImportProgress progress) {
        // the imported events and orders reach the journeys as every other door's do, once the file is committed
        ImportReport report = importer.importFile(kind, name, in, dryRun, actor, progress, committed -> {
            journeys.entrance.accept(committed.newEvents());
            journeys.entrance.ordersPlaced(committed.customersWithNewOrders());
        });
        if (!dryRun && kind == ImportKind.REVIEWS) {
            reviewAnalysis.analyzePending();
        }
        if (!dryRun && kind == ImportKind.ORDERS) {
            campaigns.conversions.attributeAll();
        }
        if (!dryRun) {
            jobs.refreshAll("import of " + name);
        }
        return report;
    }

    /**
     * Stores one order (new, or replacing the one with its id) and attributes it to the experiment campaigns that
     * reached its customer, and wakes the customer's journeys (an order goal): the single-order intake every door but
     * a file import uses.
     */
    public void saveOrder(Order order) {
        orders.save(order);
        campaigns.conversions.attribute(order);
        if (order.customerId() != null) {
            journeys.entrance.ordersPlaced(java.util.Set.of(order.customerId()));
        }
    }

    /** Experiment events stored per experiment id. */
    public java.util.Map<String, Long> experimentEventCounts() {
        return experimentEvents.countsByExperiment();
    }

    @Override
    public void close() {
        journeys.close();
        campaigns.close();
        webhooks.close();
        jobs.close();
        support.close();
        try {
            stores.closer().close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the store failed", e);
        }
    }
}
