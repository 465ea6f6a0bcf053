package io.marketpilot.app;

import io.marketpilot.app.bench.BenchCommand;
import io.marketpilot.app.cli.MarketPilotCommand;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.services.Stores;
import io.marketpilot.store.Database;
import io.marketpilot.store.analytics.SalesAnalytics;
import io.marketpilot.store.apikey.ApiKeys;
import io.marketpilot.store.audit.AuditLog;
import io.marketpilot.store.content.JdbcBrandVoiceRepository;
import io.marketpilot.store.content.JdbcContentRepository;
import io.marketpilot.store.customer.JdbcCustomerRepository;
import io.marketpilot.store.event.JdbcEventRepository;
import io.marketpilot.store.experiment.JdbcBanditStates;
import io.marketpilot.store.experiment.JdbcExperimentEvents;
import io.marketpilot.store.experiment.JdbcExperimentStore;
import io.marketpilot.store.experiment.JdbcOptimisationRounds;
import io.marketpilot.store.experiment.JdbcPrePeriodRevenue;
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
import io.marketpilot.text.language.LanguageDetector;
import java.time.Clock;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The wiring, by hand: the only place that knows the store's implementation. It opens the configured store, builds
 * every repository over it, hands them to the services, and assembles the command line.
 */
public final class Application {
    private Application() {}

    /** Opens (and migrates) the configured store and builds the services over it. */
    public static Services open(MarketPilotConfig config) {
        Clock clock = Clock.systemDefaultZone();
        Database db = Database.open(config.database());
        return new Services(config, stores(db, clock), clock);
    }

    /** The product's command line: every command, the benchmarks included, opening stores through {@link #open}. */
    public static CommandLine commandLine() {
        return MarketPilotCommand.commandLine(Application::open, new BenchCommand(Application::open));
    }

    private static Stores stores(Database db, Clock clock) {
        AuditLog audit = new AuditLog(db, clock);
        JdbcCustomerRepository customers = new JdbcCustomerRepository(db);
        JdbcOrderRepository orders = new JdbcOrderRepository(db);
        JdbcEventRepository events = new JdbcEventRepository(db);
        JdbcReviewRepository reviews = new JdbcReviewRepository(db);
        LanguageDetector languages = new LanguageDetector();
        JdbcExperimentEvents experimentEvents = new JdbcExperimentEvents(db);
        // forgetting a customer reaches every table that holds their data
        CustomerPrivacy privacy = new CustomerPrivacy(db, audit, customers, orders, events, reviews);
        privacy.addStep(experimentEvents.erasure());
        privacy.addStep(JdbcContentRepository.erasure());
        return new Stores(
                db.dialect().name().toLowerCase(Locale.ROOT),
                audit,
                customers,
                new JdbcProductRepository(db),
                orders,
                events,
                reviews,
                new Importer(db, audit, text -> languages.detect(text).code()),
                new Exporter(db, audit),
                privacy,
                new ApiKeys(db, audit, clock),
                new SalesAnalytics(db),
                new ReviewSentiments(db),
                new ReviewListening(db),
                new RecommenderVersions(db),
                new SegmentationRuns(db),
                new LlmUsageLog(db),
                new JdbcConversationRepository(db, clock),
                new JdbcExperimentStore(db),
                experimentEvents,
                new JdbcPrePeriodRevenue(db),
                new JdbcBanditStates(db),
                new JdbcOptimisationRounds(db),
                new JdbcContentRepository(db),
                new JdbcBrandVoiceRepository(db),
                db);
    }
}
