package io.marketpilot.app.services;

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
import io.marketpilot.app.llm.LanguageModelWiring;
import io.marketpilot.app.support.SupportDesk;
import io.marketpilot.app.support.SupportSettings;
import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.llm.LlmSetup;
import io.marketpilot.store.Database;
import io.marketpilot.store.analytics.SalesAnalytics;
import io.marketpilot.store.apikey.ApiKeys;
import io.marketpilot.store.audit.AuditLog;
import io.marketpilot.store.customer.JdbcCustomerRepository;
import io.marketpilot.store.event.JdbcEventRepository;
import io.marketpilot.store.experiment.BanditStates;
import io.marketpilot.store.experiment.ExperimentEvents;
import io.marketpilot.store.experiment.ExperimentStore;
import io.marketpilot.store.experiment.OptimisationRounds;
import io.marketpilot.store.experiment.PrePeriodRevenue;
import io.marketpilot.store.export.Exporter;
import io.marketpilot.store.imports.ImportKind;
import io.marketpilot.store.imports.ImportProgress;
import io.marketpilot.store.imports.ImportReport;
import io.marketpilot.store.imports.Importer;
import io.marketpilot.store.insight.ReviewSentiments;
import io.marketpilot.store.llm.LlmUsageLog;
import io.marketpilot.store.order.JdbcOrderRepository;
import io.marketpilot.store.privacy.CustomerPrivacy;
import io.marketpilot.store.product.JdbcProductRepository;
import io.marketpilot.store.recommend.RecommenderVersions;
import io.marketpilot.store.review.JdbcReviewRepository;
import io.marketpilot.store.support.JdbcConversationRepository;
import io.marketpilot.text.embedding.BilingualEmbedder;
import io.marketpilot.text.language.LanguageDetector;
import java.io.InputStream;
import java.time.Clock;

/** The object graph, built by hand: one store and the services over it. */
public final class Services implements AutoCloseable {
    public final MarketPilotConfig config;
    public final Database db;
    public final Clock clock;
    public final AuditLog audit;
    public final JdbcCustomerRepository customers;
    public final JdbcProductRepository products;
    public final JdbcOrderRepository orders;
    public final JdbcEventRepository events;
    public final JdbcReviewRepository reviews;
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
    public final io.marketpilot.store.insight.ReviewListening reviewListening;
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

    private Services(MarketPilotConfig config, Database db, Clock clock) {
        this.config = config;
        this.db = db;
        this.clock = clock;
        this.audit = new AuditLog(db, clock);
        this.customers = new JdbcCustomerRepository(db);
        this.products = new JdbcProductRepository(db);
        this.orders = new JdbcOrderRepository(db);
        this.events = new JdbcEventRepository(db);
        this.reviews = new JdbcReviewRepository(db);
        LanguageDetector languages = new LanguageDetector();
        this.importer = new Importer(db, audit, text -> languages.detect(text).code());
        this.exporter = new Exporter(db, audit);
        this.privacy = new CustomerPrivacy(db, audit, customers, orders, events, reviews);
        this.apiKeys = new ApiKeys(db, audit, clock);
        this.embedder = Memo.of(BilingualEmbedder::bgeSmall);
        this.listeningModels = new io.marketpilot.app.insight.ListeningModels(embedder);
        this.sentiment = new SentimentAnalysis(listeningModels);
        this.emotion = new io.marketpilot.app.insight.EmotionAnalysis(listeningModels);
        this.reviewListening = new io.marketpilot.store.insight.ReviewListening(db);
        this.jobs = new ModelJobs(clock);
        this.analytics = new io.marketpilot.app.insight.ShopFigures(new SalesAnalytics(db), orders, jobs, clock);
        this.predictions = new StorePredictions(orders, products, events, jobs, clock);
        this.reviewSentiments = new ReviewSentiments(db);
        this.reviewAnalysis = new ReviewAnalysis(reviewSentiments, reviewListening, listeningModels, clock);
        this.listening = new io.marketpilot.app.insight.ListeningInsights(reviewListening, reviewAnalysis);
        this.recommendations =
                new StoreRecommendations(orders, products, new RecommenderVersions(db), embedder, jobs, clock);
        this.llmUsage = new LlmUsageLog(db);
        this.llm = LanguageModelWiring.create(config.llm(), customers, llmUsage, audit, clock);
        this.languageModel = llm.model();
        this.segments = new StoreSegments(
                db,
                customers,
                orders,
                products,
                events,
                new io.marketpilot.store.segment.SegmentationRuns(db),
                languageModel,
                jobs,
                clock);
        this.support = new SupportDesk(
                config.dataDir(),
                new JdbcConversationRepository(db, clock),
                languageModel,
                products,
                recommendations,
                embedder,
                clock,
                SupportSettings.from(System.getenv()));
        this.experiments = new ExperimentService(
                new ExperimentStore(db), audit, clock, new io.marketpilot.app.experiment.SegmentEligibility(segments));
        this.experimentEvents = new ExperimentEvents(db);
        privacy.addStep(experimentEvents.erasure());
        this.experimentReports = new ExperimentReports(experiments, experimentEvents, new PrePeriodRevenue(db));
        this.eventIntake =
                new EventIntake(experiments, experimentEvents, events, customers, products, Json.mapper(), clock);
        this.bandits = new BanditService(experiments, new BanditStates(db), Json.mapper(), clock);
        this.content = StoreContent.create(
                db,
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
        privacy.addStep(io.marketpilot.store.content.JdbcContentRepository.erasure());
        // the loop's challengers come from content generation and wait, as drafts, for a person's approval
        this.optimisation = new OptimisationLoop(
                experiments,
                experimentReports,
                new OptimisationRounds(db),
                new io.marketpilot.app.content.ContentChallengerWriter(content, segments::largestSegment),
                clock);
    }

    /**
     * Imports a file and runs the pipelines that follow from it (reviews are scored), so that every way in — CLI,
     * API, dashboard, demo — leaves the store analysed.
     */
    public ImportReport importFile(
            ImportKind kind, String name, InputStream in, boolean dryRun, String actor, ImportProgress progress) {
        ImportReport report = importer.importFile(kind, name, in, dryRun, actor, progress);
        if (!dryRun && kind == ImportKind.REVIEWS) {
            reviewAnalysis.analyzePending();
        }
        if (!dryRun) {
            jobs.refreshAll("import of " + name);
        }
        return report;
    }

    /** Experiment events stored per experiment id. */
    public java.util.Map<String, Long> experimentEventCounts() {
        return experimentEvents.countsByExperiment();
    }

    /** Opens (and migrates) the configured store. */
    public static Services open(MarketPilotConfig config) {
        return new Services(config, Database.open(config.database()), Clock.systemDefaultZone());
    }

    @Override
    public void close() {
        jobs.close();
        support.close();
        db.close();
    }
}
