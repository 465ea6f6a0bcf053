package io.marketpilot.app.web;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.marketpilot.app.config.ServerSettings;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.support.RateLimiter;
import io.marketpilot.app.web.api.AdminApi;
import io.marketpilot.app.web.api.AnalyzeApi;
import io.marketpilot.app.web.api.ApiRegistry;
import io.marketpilot.app.web.api.CampaignApi;
import io.marketpilot.app.web.api.ChatApi;
import io.marketpilot.app.web.api.ConsentApi;
import io.marketpilot.app.web.api.ContentApi;
import io.marketpilot.app.web.api.CopilotApi;
import io.marketpilot.app.web.api.CustomerApi;
import io.marketpilot.app.web.api.DeliveryWebhookApi;
import io.marketpilot.app.web.api.EventApi;
import io.marketpilot.app.web.api.ExperimentApi;
import io.marketpilot.app.web.api.ExperimentStatsApi;
import io.marketpilot.app.web.api.ExportApi;
import io.marketpilot.app.web.api.ImportApi;
import io.marketpilot.app.web.api.InsightsApi;
import io.marketpilot.app.web.api.JobsApi;
import io.marketpilot.app.web.api.JourneyApi;
import io.marketpilot.app.web.api.LlmApi;
import io.marketpilot.app.web.api.OpenApiDocument;
import io.marketpilot.app.web.api.OrderApi;
import io.marketpilot.app.web.api.OutboxApi;
import io.marketpilot.app.web.api.PredictionsApi;
import io.marketpilot.app.web.api.ProductApi;
import io.marketpilot.app.web.api.RecommendationsApi;
import io.marketpilot.app.web.api.ReviewApi;
import io.marketpilot.app.web.api.SegmentsApi;
import io.marketpilot.app.web.api.StatsApi;
import io.marketpilot.app.web.api.SupportApi;
import io.marketpilot.app.web.api.WebhookApi;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.app.web.auth.CrossSiteGuard;
import io.marketpilot.app.web.auth.DashboardSessions;
import io.marketpilot.app.web.auth.Routes;
import io.marketpilot.app.web.auth.TrustedProxies;
import io.marketpilot.app.web.dashboard.Dashboard;
import io.marketpilot.app.web.mcp.McpServerDoor;
import io.marketpilot.app.web.tracking.TrackingRoutes;
import io.marketpilot.channels.webhook.WebhookSettings;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The HTTP server: REST API, OpenAPI document, the MCP server for assistants, health, metrics and the dashboard, over
 * one {@link Services}.
 */
public final class WebServer {
    public static final String VERSION = "0.1.0";
    private static final long MAX_UPLOAD_BYTES = 512L * 1024 * 1024;

    /**
     * How long an idle keep-alive connection stays open. Jetty's default (30 s) equals the JDK HttpClient's keep-alive
     * time, so a client could reuse a connection at the instant the server closed it and lose a non-idempotent request
     * ("header parser received no bytes": ApiFuzzIT's DELETE, under load); the server must outlast common clients'
     * keep-alive (JDK 30 s, Go 90 s), never the other way round.
     */
    static final Duration IDLE_TIMEOUT = Duration.ofMinutes(2);

    private final Javalin javalin;
    private final Routes routes;
    private final Binding binding;

    private WebServer(Javalin javalin, Routes routes, Binding binding) {
        this.javalin = javalin;
        this.routes = routes;
        this.binding = binding;
    }

    /** Where the connector listens: known only at {@link #start}, read when Javalin builds its connectors. */
    private static final class Binding {
        String host = "127.0.0.1";
        int port;

        ServerConnector connector(Server server, HttpConfiguration http) {
            ServerConnector connector = new ServerConnector(server, new ReadableTargets(http));
            connector.setHost(host);
            connector.setPort(port);
            connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
            return connector;
        }
    }

    /** The server as the application's configuration ({@code server.*}) describes it. */
    public static WebServer create(Services app) {
        return create(app, app.config.server());
    }

    /**
     * The server over {@code app} with its own settings (tests run one app behind differently configured servers);
     * from now on the app's models build in the background, never on a request, and campaigns' due messages are sent
     * by a background worker, as are webhooks' due deliveries.
     */
    public static WebServer create(Services app, ServerSettings settings) {
        app.jobs.serveInBackground();
        app.jobs.checkEvery(settings.modelChecks());
        app.campaigns.sender.serveInBackground();
        app.webhooks.worker.serveInBackground();
        app.journeys.worker.serveInBackground();
        TrustedProxies proxies = new TrustedProxies(settings.trustedProxies());
        DashboardSessions sessions = new DashboardSessions(app.clock);
        Authenticator auth = new Authenticator(app.apiKeys, sessions);
        Routes routes = new Routes(auth);
        Binding binding = new Binding();
        Javalin javalin = Javalin.create(config -> {
            config.jetty.addConnector(binding::connector);
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.maxRequestSize = MAX_UPLOAD_BYTES;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorPages()));
            config.jetty.modifyServletContextHandler(context -> {
                context.setErrorHandler(new JsonErrorPages());
                TraversalGuard.install(context);
                UnreadBodyDrain.install(context);
            });
            routes.publicWebjars(config.staticFiles);
            routes.publicFiles(config.staticFiles, "/static", "/static");
        });
        routes.attach(javalin);
        SecurityHeaders.install(javalin);
        CrossSiteGuard.install(javalin);
        InputGuard.install(javalin);
        ErrorHandling.install(javalin);
        new Metrics().install(javalin, routes);
        ApiRegistry api = new ApiRegistry(routes);
        new CustomerApi(app).register(api);
        new ProductApi(app).register(api);
        new OrderApi(app).register(api);
        new EventApi(app).register(api);
        new ReviewApi(app).register(api);
        new ImportApi(app).register(api);
        new StatsApi(app).register(api);
        new AdminApi(app).register(api);
        new AnalyzeApi(app.sentiment, app.emotion).register(api);
        new InsightsApi(app.reviewSentiments, app.listening).register(api);
        new ExperimentStatsApi().register(api);
        new ExperimentApi(app).register(api);
        new PredictionsApi(app.predictions, app.segments::latestNames).register(api);
        new RecommendationsApi(app).register(api);
        new SegmentsApi(app).register(api);
        new LlmApi(app).register(api);
        new JobsApi(app).register(api);
        new io.marketpilot.app.web.api.ClassifierApi(app.classifiers).register(api);
        new ExportApi(app).register(api);
        ChatApi chat = new ChatApi(app.support, proxies, app.clock);
        chat.installCors(javalin, routes);
        chat.register(api);
        new SupportApi(app.support).register(api);
        new ContentApi(app).register(api);
        new CampaignApi(app.campaigns, app.config.campaigns()).register(api);
        new JourneyApi(app.journeys.service).register(api);
        new CopilotApi(app.copilot).register(api);
        new ConsentApi(app.campaigns.consent, app.campaigns.suppression).register(api);
        new OutboxApi(app.campaigns.stores.outbox()).register(api);
        new WebhookApi(app.webhooks.service).register(api);
        new DeliveryWebhookApi(
                        app.campaigns.deliveryReports,
                        app.config.campaigns().webhook().map(WebhookSettings::secret),
                        app.clock)
                .register(api);
        new TrackingRoutes(
                        app.campaigns.tracking,
                        proxies,
                        new RateLimiter(app.support.settings().readsPerMinute(), app.clock),
                        new RateLimiter(app.support.settings().messagesPerMinute(), app.clock))
                .register(routes);
        McpServerDoor.over(app).register(routes);
        Map<String, Object> openApi = OpenApiDocument.build(api.routes(), VERSION);
        routes.api(HandlerType.GET, ApiRegistry.PREFIX + "/openapi.json", Access.PUBLIC, ctx -> ctx.json(openApi));
        routes.api(HandlerType.GET, "/health", Access.PUBLIC, ctx -> ctx.json(health(app)));
        new Dashboard(app, sessions, proxies, settings.secureCookie()).register(routes);
        return new WebServer(javalin, routes, binding);
    }

    private static Map<String, Object> health(Services app) {
        long customers = app.customers.count();
        return Map.of("status", "ok", "version", VERSION, "store", app.stores.kind(), "customers", customers);
    }

    public WebServer start(String host, int port) {
        binding.host = host;
        binding.port = port;
        javalin.start();
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    public Javalin javalin() {
        return javalin;
    }

    /** The server's routes, each declared with who may call it. */
    public Routes routes() {
        return routes;
    }
}
