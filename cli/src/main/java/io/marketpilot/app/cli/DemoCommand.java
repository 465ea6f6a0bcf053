package io.marketpilot.app.cli;

import io.marketpilot.app.demo.DemoLoader;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.WebServer;
import io.marketpilot.app.web.mcp.McpServerDoor;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.files.OwnerOnly;
import io.marketpilot.imports.ImportReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marketpilot demo}: opens the embedded store, imports the bundled sample shop when the store is empty,
 * runs the pipelines that exist and serves the dashboard, printing the URL and an admin key.
 */
@Command(name = "demo", description = "Run the product on its embedded store with the bundled sample shop.")
public final class DemoCommand implements Callable<Integer> {
    static final String KEY_FILE = "demo-admin.key";

    @Mixin
    StoreOptions store;

    @Option(names = "--port", description = "HTTP port (default 7070)")
    @Nullable
    Integer port;

    @Option(names = "--host", description = "Interface to listen on (default 0.0.0.0)")
    @Nullable
    String host;

    @Override
    public Integer call() throws IOException, InterruptedException {
        var config = store.config(Map.of());
        if (port != null) {
            config = config.withPort(port);
        }
        OwnerOnly.createDirectories(config.dataDir());
        Services app = store.open(config);
        TerminalProgress progress = TerminalProgress.forConsole();
        var reports = DemoLoader.loadIfEmpty(app, progress);
        progress.finish();
        reports.stream().map(ImportReport::summary).forEach(System.out::println);
        var analysed = app.reviewAnalysis.analyzePending();
        if (analysed.scored() > 0) {
            System.out.println("Scored the sentiment of " + analysed.scored() + " reviews");
        }
        if (app.segments.latest().isEmpty()) {
            var run = app.segments.run("auto", 42, java.util.Optional.empty());
            System.out.println(
                    "Segmented " + app.segments.members(run.run().id()).size() + " customers into "
                            + run.run().k() + " segments");
        }
        var knowledge = io.marketpilot.app.demo.DemoKnowledgeBase.load(app);
        System.out.println("Support knowledge base: "
                + knowledge.stream()
                        .mapToInt(io.marketpilot.assistant.kb.IngestResult::chunks)
                        .sum() + " chunks from "
                + knowledge.size() + " sources (" + config.dataDir().resolve("support-kb") + ")");
        // the drafts first: the experiments' optimisation loop writes challengers, and the drafts are only written into
        // a studio without content
        io.marketpilot.app.demo.DemoContent.generateIfEmpty(app).ifPresent(System.out::println);
        int experiments = io.marketpilot.app.demo.DemoExperiments.seedIfEmpty(app);
        if (experiments > 0) {
            System.out.println("Created " + experiments + " demo experiments with simulated (seeded) events");
        }
        io.marketpilot.app.demo.DemoCampaign.seedIfEmpty(app).ifPresent(System.out::println);
        // after the campaign, whose consent the journeys' sends respect; before the server starts its workers
        io.marketpilot.app.demo.DemoJourneys.seedIfEmpty(app).ifPresent(System.out::println);
        // after the campaign, whose measured lift the copilot's past_campaigns tool reads
        io.marketpilot.app.demo.DemoPlans.seedIfEmpty(app).ifPresent(System.out::println);
        // before the server starts: a CLI process trains inline, so the page opens on the trained model
        io.marketpilot.app.demo.DemoClassifiers.seedIfEmpty(app).ifPresent(System.out::println);
        String key = demoKey(app, config.dataDir().resolve(KEY_FILE));
        WebServer server = WebServer.create(app).start(host == null ? config.host() : host, config.port());
        // the server builds its models in the background; the demo shows them complete from its first page
        if (!app.jobs.awaitIdle(java.time.Duration.ofMinutes(5))) {
            System.out.println("Models are still being built; their pages fill in as they finish (see /jobs)");
        }
        System.out.println();
        System.out.println("MarketPilot demo: http://localhost:" + server.port() + "/");
        System.out.println("Admin API key:    " + key);
        System.out.println("  sign in to the dashboard with it, or call the API:");
        System.out.println("  curl -H 'Authorization: Bearer " + key + "' http://localhost:" + server.port()
                + "/api/v1/stats/overview");
        System.out.println("Support widget:   http://localhost:" + server.port() + "/static/widget-demo.html");
        System.out.println("Your assistant:   MCP server http://localhost:" + server.port()
                + McpServerDoor.path() + " (Streamable HTTP), header"
                + " 'Authorization: Bearer <key>'; a viewer key reads, a marketer key drafts plans");
        System.out.println("Real data:        the UCI Online Retail file (or Online Retail II) imports as published,"
                + " in a store of its own:");
        System.out.println("  bin/marketpilot import orders online_retail.csv.gz --data-dir retail"
                + "   (then segment, clv, forecast, recommend train --data-dir retail; see the README)");
        System.out.println("Store: " + app.stores.location() + "   (Ctrl-C stops)");
        ServeCommand.awaitShutdown(app, server);
        return 0;
    }

    /** The demo's admin key, kept in the data directory (readable by the owner only) so restarts reuse it. */
    static String demoKey(Services app, Path file) throws IOException {
        if (Files.exists(file)) {
            String saved = Files.readString(file).strip();
            if (app.apiKeys.verify(saved).isPresent()) {
                return saved;
            }
        }
        String secret = app.apiKeys.create("demo admin", Role.ADMIN, "demo").secret();
        Files.writeString(file, secret + "\n");
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file keeps its default permissions
        }
        return secret;
    }
}
