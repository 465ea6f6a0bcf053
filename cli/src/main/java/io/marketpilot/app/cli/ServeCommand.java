package io.marketpilot.app.cli;

import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.WebServer;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marketpilot serve}: the dashboard and REST API over the configured store. */
@Command(name = "serve", description = "Serve the dashboard and the REST API.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--port", description = "HTTP port (default 7070, or server.port / MARKETPILOT_PORT)")
    @Nullable
    Integer port;

    @Option(names = "--host", description = "Interface to listen on (default 0.0.0.0)")
    @Nullable
    String host;

    @Override
    public Integer call() throws InterruptedException {
        var config = store.config(Map.of());
        if (port != null) {
            config = config.withPort(port);
        }
        Services app = store.open(config);
        WebServer server = WebServer.create(app).start(host == null ? config.host() : host, config.port());
        System.out.println("MarketPilot is serving http://localhost:" + server.port() + "/ (store: "
                + app.stores.location() + ")");
        awaitShutdown(app, server);
        return 0;
    }

    static void awaitShutdown(Services app, WebServer server) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            app.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
