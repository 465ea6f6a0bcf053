package io.marketpilot.app.durability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What the journey durability tests do with a server: start it on their configuration, apply a journey, await. */
final class JourneyServers {
    private JourneyServers() {}

    /** A condition the test waits for; it may read the store or the SMTP server. */
    @FunctionalInterface
    interface Condition {
        boolean holds() throws Exception;
    }

    /** {@code serve} on the store, with the configuration file (SMTP, no quiet hours, the campaigns' secret). */
    static List<String> command(StoreUnderTest store, Path config) {
        List<String> args = new ArrayList<>(store.serveCommand());
        args.addAll(List.of("--config", config.toString()));
        return args;
    }

    /** Applies the journey through {@code POST /api/v1/journeys}, as a marketer would. */
    static void apply(ServerProcess server, String key, String journey) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(server.url("/api/v1/journeys")))
                            .header("Authorization", "Bearer " + key)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(journey))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new AssertionError("applying the journey answered " + r.statusCode() + ": " + r.body());
            }
        }
    }

    /** Polls the condition every 50 ms until it holds; fails with the server's log after {@code limit}. */
    static void await(Condition condition, Duration limit, String what, ServerProcess... servers) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                StringBuilder logs = new StringBuilder();
                for (ServerProcess s : servers) {
                    logs.append("\n--- server ").append(s.pid()).append(":\n").append(s.logTail());
                }
                throw new AssertionError("no " + what + " within " + limit + logs);
            }
            Thread.sleep(50);
        }
    }
}
