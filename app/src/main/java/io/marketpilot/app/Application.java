package io.marketpilot.app;

import io.marketpilot.app.bench.BenchCommand;
import io.marketpilot.app.campaign.CampaignKeys;
import io.marketpilot.app.campaign.CampaignStores;
import io.marketpilot.app.cli.MarketPilotCommand;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.journey.JourneyStores;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.services.Stores;
import io.marketpilot.store.Database;
import io.marketpilot.store.DatabaseConfig;
import io.marketpilot.store.analytics.JdbcSalesAnalytics;
import io.marketpilot.store.apikey.JdbcApiKeys;
import io.marketpilot.store.audit.JdbcAuditLog;
import io.marketpilot.store.campaign.CampaignErasure;
import io.marketpilot.store.campaign.JdbcCampaignAudiences;
import io.marketpilot.store.campaign.JdbcCampaignEvents;
import io.marketpilot.store.campaign.JdbcCampaignStore;
import io.marketpilot.store.campaign.JdbcConsentStore;
import io.marketpilot.store.campaign.JdbcContactLog;
import io.marketpilot.store.campaign.JdbcSendQueue;
import io.marketpilot.store.campaign.JdbcSuppressionList;
import io.marketpilot.store.content.JdbcBrandVoiceRepository;
import io.marketpilot.store.content.JdbcContentRepository;
import io.marketpilot.store.customer.JdbcCustomerAttributes;
import io.marketpilot.store.customer.JdbcCustomerRepository;
import io.marketpilot.store.delivery.JdbcOutbox;
import io.marketpilot.store.delivery.JdbcOutboxDelivery;
import io.marketpilot.store.event.JdbcEventRepository;
import io.marketpilot.store.experiment.JdbcBanditStates;
import io.marketpilot.store.experiment.JdbcExperimentEvents;
import io.marketpilot.store.experiment.JdbcExperimentStore;
import io.marketpilot.store.experiment.JdbcOptimisationRounds;
import io.marketpilot.store.experiment.JdbcPrePeriodRevenue;
import io.marketpilot.store.export.JdbcExporter;
import io.marketpilot.store.imports.JdbcImporter;
import io.marketpilot.store.insight.JdbcReviewListening;
import io.marketpilot.store.insight.JdbcReviewSentiments;
import io.marketpilot.store.journey.JdbcEnrolments;
import io.marketpilot.store.journey.JdbcJourneyStore;
import io.marketpilot.store.llm.JdbcLlmUsageLog;
import io.marketpilot.store.order.JdbcOrderRepository;
import io.marketpilot.store.privacy.JdbcCustomerPrivacy;
import io.marketpilot.store.product.JdbcProductRepository;
import io.marketpilot.store.recommend.JdbcRecommenderVersions;
import io.marketpilot.store.review.JdbcReviewRepository;
import io.marketpilot.store.segment.JdbcSegmentationRuns;
import io.marketpilot.store.support.JdbcConversationRepository;
import io.marketpilot.store.webhook.JdbcWebhookStore;
import io.marketpilot.text.language.LanguageDetector;
import java.time.Clock;
import java.time.ZoneId;
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
        // the machine's zone on purpose: stored local times (reviews, usage, experiments) are the operator's wall clock
        return open(config, Clock.system(ZoneId.systemDefault()));
    }

    /** As {@link #open(MarketPilotConfig)}, on {@code clock} (tests move time to make timers come due). */
    public static Services open(MarketPilotConfig config, Clock clock) {
        DatabaseConfig database = database(config);
        Database db = Database.open(database);
        CampaignKeys keys = CampaignKeys.load(config.campaigns().secret(), config.dataDir());
        return new Services(config, stores(db, database.displayUrl(), keys, clock), clock);
    }

    /** The product's command line: every command, the benchmarks included, opening stores through {@link #open}. */
    public static CommandLine commandLine() {
        return MarketPilotCommand.commandLine(
                Application::open, new BenchCommand(Application::open, Application::open));
    }

    /** The store to open: the configured URL, or the embedded H2 file under the data directory. */
    public static DatabaseConfig database(MarketPilotConfig config) {
        String url = config.dbUrl();
        if (url == null || config.embeddedStore()) {
            return DatabaseConfig.embedded(config.dataDir());
        }
        return new DatabaseConfig(
                url,
                config.dbUser() == null ? "" : config.dbUser(),
                config.dbPassword() == null ? "" : config.dbPassword());
    }

    private static Stores stores(Database db, String location, CampaignKeys keys, Clock clock) {
        JdbcAuditLog audit = new JdbcAuditLog(db, clock);
        JdbcCustomerRepository customers = new JdbcCustomerRepository(db);
        JdbcOrderRepository orders = new JdbcOrderRepository(db);
        JdbcEventRepository events = new JdbcEventRepository(db);
        JdbcReviewRepository reviews = new JdbcReviewRepository(db);
        LanguageDetector languages = new LanguageDetector();
        JdbcExperimentEvents experimentEvents = new JdbcExperimentEvents(db);
        // forgetting a customer reaches every table that holds their data
        JdbcCustomerPrivacy privacy = new JdbcCustomerPrivacy(db, audit, customers, orders, events, reviews);
        privacy.addStep(experimentEvents.erasure());
        privacy.addStep(JdbcContentRepository.erasure());
        // the erased address's hash joins the suppression list under the key the campaigns check it with
        privacy.addStep(new CampaignErasure(keys.addresses(), db.dialect(), clock));
        privacy.addStep(JdbcOutbox.erasure());
        privacy.addStep(io.marketpilot.store.support.JdbcConversationRepository.erasure());
        privacy.addStep(JdbcWebhookStore.erasure());
        privacy.addStep(JdbcEnrolments.erasure());
        return new Stores(
                db.dialect().name().toLowerCase(Locale.ROOT),
                location,
                audit,
                customers,
                new JdbcCustomerAttributes(db),
                new JdbcProductRepository(db),
                orders,
                events,
                reviews,
                new JdbcImporter(db, audit, text -> languages.detect(text).code()),
                new JdbcExporter(db, audit),
                privacy,
                new JdbcApiKeys(db, audit, clock),
                new JdbcSalesAnalytics(db),
                new JdbcReviewSentiments(db),
                new JdbcReviewListening(db),
                new JdbcRecommenderVersions(db),
                new JdbcSegmentationRuns(db),
                new JdbcLlmUsageLog(db),
                new JdbcConversationRepository(db, clock),
                new JdbcExperimentStore(db),
                experimentEvents,
                new JdbcPrePeriodRevenue(db),
                new JdbcBanditStates(db),
                new JdbcOptimisationRounds(db),
                new JdbcContentRepository(db),
                new JdbcBrandVoiceRepository(db),
                new CampaignStores(
                        new JdbcCampaignStore(db),
                        new JdbcCampaignAudiences(db),
                        new JdbcSendQueue(db),
                        new JdbcConsentStore(db),
                        new JdbcSuppressionList(db),
                        new JdbcContactLog(db),
                        new JdbcCampaignEvents(db),
                        new JdbcOutbox(db),
                        new JdbcOutboxDelivery(db)),
                new JdbcWebhookStore(db),
                new JourneyStores(new JdbcJourneyStore(db), new JdbcEnrolments(db)),
                new io.marketpilot.store.copilot.JdbcPlanStore(db),
                new io.marketpilot.store.classifier.JdbcClassifierStore(db),
                db);
    }
}
