package io.marketpilot.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar a user runs ({@code bin/marketpilot}, {@code java -jar marketpilot.jar}) serves, MCP server included. The
 * other tests run on Maven's class path, where a dependency the jar leaves out is still present: a test-scoped
 * declaration in this module once kept the MCP server's JSON-schema validator out of the jar, and {@code demo} and
 * {@code serve} died at start with a {@code NoClassDefFoundError} while every test passed.
 */
class PackagedJarIT {
    /** Failsafe runs in the module's directory, after the package phase built the jar. */
    private static final Path JAR = Path.of("target", "marketpilot.jar");

    @TempDir
    Path tmp;

    @Test
    void theJarServesAndItsMcpServerListsTheTools() throws Exception {
        assertThat(JAR)
                .as("the packaged jar (mvn package builds it before the integration tests)")
                .exists();
        StoreUnderTest store = StoreUnderTest.embedded(tmp.resolve("data"));
        String key = store.createKey();

        try (ServerProcess server = ServerProcess.startJar(JAR, store.serveCommand(), tmp.resolve("server.log"));
                HttpClient http = HttpClient.newHttpClient()) {
            assertThat(server.health()).isEqualTo(200);
            HttpResponse<String> tools = http.send(
                    HttpRequest.newBuilder(URI.create(server.url("/mcp")))
                            .header("Authorization", "Bearer " + key)
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json, text/event-stream")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(tools.statusCode()).as(tools.body()).isEqualTo(200);
            assertThat(tools.body()).contains("\"list_segments\"", "\"draft_plan\"");
            assertThat(Files.readString(tmp.resolve("server.log")))
                    .doesNotContain("NoClassDefFoundError", "Exception in thread");
        }
    }
}
