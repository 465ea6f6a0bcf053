package io.marketpilot.app;

import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.insight.ReviewAnalysis;
import io.marketpilot.app.insight.SentimentAnalysis;
import io.marketpilot.app.insight.StorePredictions;
import io.marketpilot.app.insight.StoreRecommendations;
import io.marketpilot.app.insight.StoreSegments;
import io.marketpilot.store.Database;
import io.marketpilot.store.analytics.SalesAnalytics;
import io.marketpilot.store.apikey.ApiKeys;
import io.marketpilot.store.audit.AuditLog;
import io.marketpilot.store.customer.JdbcCustomerRepository;
import io.marketpilot.store.event.JdbcEventRepository;
import io.marketpilot.store.export.Exporter;
import io.marketpilot.store.imports.ImportKind;
import io.marketpilot.store.imports.ImportProgress;
import io.marketpilot.store.imports.ImportReport;
import io.marketpilot.store.imports.Importer;
import io.marketpilot.store.insight.ReviewSentiments;
import io.marketpilot.store.order.JdbcOrderRepository;
import io.marketpilot.store.privacy.CustomerPrivacy;
import io.marketpilot.store.product.JdbcProductRepository;
import io.marketpilot.store.review.JdbcReviewRepository;
import io.marketpilot.text.language.LanguageDetector;
import java.io.InputStream;
import java.time.Clock;

/** The object graph, built by hand: one store and the services over it. */
public final class Application implements AutoCloseable {
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
    public final SalesAnalytics analytics;
    public final SentimentAnalysis sentiment;
    public final StorePredictions predictions;
    public final ReviewSentiments reviewSentiments;
    public final ReviewAnalysis reviewAnalysis;
    public final StoreRecommendations recommendations;
    public final StoreSegments segments;

    private Application(MarketPilotConfig config, Database db, Clock clock) {
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
        this.analytics = new SalesAnalytics(db);
        this.sentiment = SentimentAnalysis.bundled();
        this.predictions = new StorePredictions(orders, products, events);
        this.reviewSentiments = new ReviewSentiments(db);
        this.reviewAnalysis = new ReviewAnalysis(reviewSentiments, sentiment, clock);
        this.recommendations = new StoreRecommendations(orders, products, clock);
        this.segments = new StoreSegments(
                db, customers, orders, products, events, new io.marketpilot.store.segment.SegmentationRuns(db), clock);
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
        return report;
    }

    /** Opens (and migrates) the configured store. */
    public static Application open(MarketPilotConfig config) {
        return new Application(config, Database.open(config.database()), Clock.systemDefaultZone());
    }

    @Override
    public void close() {
        db.close();
    }
}
