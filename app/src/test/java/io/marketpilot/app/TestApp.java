package io.marketpilot.app;

import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.demo.DemoLoader;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.WebServer;
import io.marketpilot.core.access.Role;
import io.marketpilot.imports.ImportProgress;
import io.marketpilot.llm.LlmSettings;
import java.nio.file.Path;
import java.util.function.Consumer;

/** A real server on a free port over a fresh embedded store holding the bundled sample shop. */
public final class TestApp implements AutoCloseable {
    public final Services app;
    public final WebServer server;
    public final String adminKey;

    private TestApp(Services app, WebServer server, String adminKey) {
        this.app = app;
        this.server = server;
        this.adminKey = adminKey;
    }

    public static TestApp start(Path dataDir) {
        return start(dataDir, CampaignSettings.defaults());
    }

    /** The same with campaigns configured as given (a shop URL for tracked clicks, a webhook secret, …). */
    public static TestApp start(Path dataDir, CampaignSettings campaigns) {
        return start(dataDir, campaigns, app -> {});
    }

    /**
     * The same, with {@code beforeServing} run over the loaded and segmented shop before the server starts (as
     * {@code marketpilot demo} seeds its content and campaign before it serves).
     */
    public static TestApp start(Path dataDir, CampaignSettings campaigns, Consumer<Services> beforeServing) {
        Services app = Application.open(
                new MarketPilotConfig(dataDir, null, null, null, "127.0.0.1", 0).withCampaigns(campaigns));
        DemoLoader.loadIfEmpty(app, ImportProgress.NONE);
        app.segments.run("auto", 42, java.util.Optional.empty());
        beforeServing.accept(app);
        String key = app.apiKeys.create("test admin", Role.ADMIN, "test").secret();
        WebServer server = WebServer.create(app).start("127.0.0.1", 0);
        awaitModels(app);
        return new TestApp(app, server, key);
    }

    /** A real server over an empty store that asks the given language model: for what the offline one cannot do. */
    public static TestApp bare(Path dataDir, LlmSettings llm) {
        Services app = Application.open(new MarketPilotConfig(dataDir, null, null, null, "127.0.0.1", 0).withLlm(llm));
        String key = app.apiKeys.create("test admin", Role.ADMIN, "test").secret();
        return new TestApp(app, WebServer.create(app).start("127.0.0.1", 0), key);
    }

    /** Waits for the background model builds, so tests read models of the data they see. */
    public static void awaitModels(Services app) {
        try {
            if (!app.jobs.awaitIdle(java.time.Duration.ofMinutes(3))) {
                throw new IllegalStateException("the models were not built within 3 minutes: " + app.jobs.models());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Has every model check the data now and waits for the rebuilds (after a test changed the data). */
    public void settle() {
        app.jobs.refreshAll("test changed the data");
        awaitModels(app);
    }

    public String key(Role role) {
        return app.apiKeys.create("test " + role.wireName(), role, "test").secret();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Override
    public void close() {
        server.stop();
        app.close();
    }
}
