package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.app.TestApp;
import io.marketpilot.app.cli.InProcessCli;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two doors give the same report for the same question: the CLI's JSON and the API's answer have the same
 * fields with the same values (they serialise one record), and the API's answer holds its OpenAPI document.
 */
class CliAndApiAgreeIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    @TempDir
    static Path shopDir;

    static TestApp app;
    /** The sample shop, for the reports that read a store. */
    static TestApp shop;

    @BeforeAll
    static void start() {
        app = TestApp.bare(dir, io.marketpilot.llm.LlmSettings.offline());
        shop = TestApp.start(shopDir);
    }

    @AfterAll
    static void stop() {
        app.close();
        shop.close();
    }

    @Test
    void theFittedCustomerValueModelHasTheSameParametersOnBothDoors() throws Exception {
        assertThat(shop.app.jobs.awaitIdle(java.time.Duration.ofMinutes(2))).isTrue();
        JsonNode cli = cli("clv", "fit", "--data-dir", shopDir.toString());
        ApiClient.Reply api = ApiClient.call(shop, "GET", "/api/v1/predictions/clv/model", shop.adminKey, null, null);
        assertThat(api.status()).as(api.raw()).isEqualTo(200);

        assertAgree(cli, api.body());
        assertThat(cli.get("customers").asInt()).isPositive();
    }

    /** Same fields in the same order; numbers equal up to the last bits a different summation order may change. */
    private static void assertAgree(JsonNode cli, JsonNode api) {
        assertThat(names(api)).containsExactlyElementsOf(names(cli));
        for (String name : names(cli)) {
            JsonNode a = cli.get(name);
            JsonNode b = api.get(name);
            if (a.isNumber() && b.isNumber()) {
                assertThat(b.asDouble())
                        .as(name)
                        .isCloseTo(
                                a.asDouble(),
                                org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, Math.abs(a.asDouble()))));
            } else {
                assertThat(b).as(name).isEqualTo(a);
            }
        }
    }

    @Test
    void abtestGivesTheSameFiguresOnBothDoors() throws Exception {
        assertSame(
                cli("abtest", "--conv-a", "200", "--n-a", "4000", "--conv-b", "245", "--n-b", "4000"),
                api("/api/v1/stats/abtest", "{\"convA\":200,\"nA\":4000,\"convB\":245,\"nB\":4000}"));
    }

    @Test
    void abtestWithoutConversionsInAHasNoLiftOnEitherDoor() throws Exception {
        JsonNode cli = cli("abtest", "--conv-a", "0", "--n-a", "100", "--conv-b", "5", "--n-b", "100");

        assertSame(cli, api("/api/v1/stats/abtest", "{\"convA\":0,\"nA\":100,\"convB\":5,\"nB\":100}"));
        assertThat(cli.get("relative_lift").isNull()).isTrue();
    }

    @Test
    void sampleSizeGivesTheSamePlanOnBothDoors() throws Exception {
        assertSame(
                cli("sample-size", "--baseline", "0.05", "--mde", "0.02", "--alpha", "0.01", "--power", "0.9"),
                api("/api/v1/stats/sample-size", "{\"baseline\":0.05,\"mde\":0.02,\"alpha\":0.01,\"power\":0.9}"));
    }

    private static void assertSame(JsonNode cli, JsonNode api) {
        assertThat(api.properties()).extracting(java.util.Map.Entry::getKey).containsExactlyElementsOf(names(cli));
        assertThat(api).isEqualTo(cli);
    }

    private static java.util.List<String> names(JsonNode node) {
        return node.properties().stream().map(java.util.Map.Entry::getKey).toList();
    }

    private static JsonNode cli(String... args) throws Exception {
        String[] withFormat = java.util.Arrays.copyOf(args, args.length + 2);
        withFormat[args.length] = "--format";
        withFormat[args.length + 1] = "json";
        InProcessCli.Run run = InProcessCli.run(withFormat);
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static JsonNode api(String path, String body) throws Exception {
        ApiClient.Reply r = ApiClient.call(app, "POST", path, app.adminKey, "application/json", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body();
    }
}
