package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.app.TestApp;
import io.marketpilot.app.experiment.NewExperiment;
import io.marketpilot.core.experiment.Variant;
import io.marketpilot.experiments.stats.ChiSquareTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Experiments over the real server and the embedded store: life cycle, assignment, events, reports, bandits, loop. */
class ExperimentApiIT {
    @TempDir
    static Path dir;

    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(dir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static ApiClient.Reply call(String method, String path, String body) throws IOException, InterruptedException {
        return ApiClient.call(app, method, path, app.adminKey, "application/json", body);
    }

    static String experiment(String id, String design, String metric, boolean approveB) {
        return "{\"id\":\"" + id + "\",\"name\":\"Test " + id + "\",\"design\":\"" + design + "\",\"metric\":\""
                + metric
                + "\",\"variants\":[{\"name\":\"A\",\"payload\":\"Spring sale: 10 % off\",\"approved\":true},"
                + "{\"name\":\"B\",\"payload\":\"Your spring picks, 10 % off\",\"approved\":" + approveB + "}]}";
    }

    @Test
    void anExperimentStartsOnlyOnceEveryVariantIsApprovedAndAssignsStickily() throws Exception {
        ApiClient.Reply created = call("POST", "/api/v1/experiments", experiment("life", "ab", "conversion", false));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("status").asText()).isEqualTo("draft");

        ApiClient.Reply refused = call("POST", "/api/v1/experiments/life/start", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("error").asText()).contains("not approved");
        assertThat(call("POST", "/api/v1/experiments/life/assignments", "{\"unitId\":\"u1\"}")
                        .status())
                .isEqualTo(409);

        call("POST", "/api/v1/experiments/life/variants/B/approve", null);
        assertThat(call("POST", "/api/v1/experiments/life/start", null)
                        .body()
                        .get("status")
                        .asText())
                .isEqualTo("running");
        String first = call("POST", "/api/v1/experiments/life/assignments", "{\"unitId\":\"u1\"}")
                .body()
                .get("variant")
                .asText();
        for (int i = 0; i < 5; i++) {
            assertThat(call("POST", "/api/v1/experiments/life/assignments", "{\"unitId\":\"u1\"}")
                            .body()
                            .get("variant")
                            .asText())
                    .isEqualTo(first);
        }
        assertThat(call("POST", "/api/v1/experiments", experiment("life", "ab", "conversion", true))
                        .status())
                .isEqualTo(409);
        JsonNode doc = call("GET", "/api/v1/openapi.json", null).body();
        assertThat(doc.get("paths").has("/experiments/{id}/report")).isTrue();
        assertThat(doc.get("components").get("schemas").has("ExperimentEvent")).isTrue();
    }

    @Test
    void assignmentIsUniformAndIndependentAcrossExperiments() {
        for (String id : List.of("uni-1", "uni-2")) {
            app.app.experiments.create(
                    new NewExperiment(
                            id,
                            id,
                            "ab",
                            "conversion",
                            List.of(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            List.of(
                                    new Variant("A", 1, null, "a", true),
                                    new Variant("B", 1, null, "b", true),
                                    new Variant("C", 2, null, "c", true))),
                    "test");
            app.app.experiments.start(id, "test");
        }
        int units = 40_000;
        long[] counts = new long[3];
        long[][] table = new long[3][3];
        for (int u = 0; u < units; u++) {
            int a = app.app.experiments.assign("uni-1", "unit-" + u).index();
            int b = app.app.experiments.assign("uni-2", "unit-" + u).index();
            counts[a]++;
            table[a][b]++;
        }
        double[] expected = {units / 4.0, units / 4.0, units / 2.0};
        assertThat(ChiSquareTest.goodnessOfFit(counts, expected).pValue()).isGreaterThan(0.001);
        assertThat(ChiSquareTest.independence(table).pValue()).isGreaterThan(0.001);
    }

    @Test
    void aTargetedExperimentAssignsOnlyTheSegmentsCustomers() throws Exception {
        var run = app.app.segments.latest().orElseThrow();
        var members = app.app.segments.members(run.run().id());
        var inside = members.stream().filter(m -> m.segment() == 0).findFirst().orElseThrow();
        var outside = members.stream().filter(m -> m.segment() != 0).findFirst().orElseThrow();
        String persona = run.segmentName(0);

        ApiClient.Reply unknown = call("POST", "/api/v1/experiments", targeted("nowhere", "no such persona"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("error").asText())
                .contains("no such segment")
                .contains(persona);

        for (String design : List.of("ab", "thompson")) {
            String id = "targeted-" + design;
            String body = targeted(id, persona).replace("\"design\":\"ab\"", "\"design\":\"" + design + "\"");
            assertThat(call("POST", "/api/v1/experiments", body).status()).isEqualTo(201);
            call("POST", "/api/v1/experiments/" + id + "/start", null);
            String path = "/api/v1/experiments/" + id + (design.equals("ab") ? "/assignments" : "/arm");

            ApiClient.Reply in = call("POST", path, "{\"unitId\":\"" + inside.customerId() + "\"}");
            assertThat(in.status()).isEqualTo(200);
            assertThat(in.body().get("variant").asText()).isIn("A", "B");
            ApiClient.Reply out = call("POST", path, "{\"unitId\":\"" + outside.customerId() + "\"}");
            assertThat(out.status()).isEqualTo(409);
            assertThat(out.body().get("error").asText())
                    .contains("not in experiment")
                    .contains("segment " + outside.segment());
            ApiClient.Reply stranger = call("POST", path, "{\"unitId\":\"visitor-without-account\"}");
            assertThat(stranger.status()).isEqualTo(409);
            assertThat(stranger.body().get("error").asText()).contains("not a customer in the latest segmentation");
        }
    }

    static String targeted(String id, String segment) {
        return experiment(id, "ab", "conversion", true)
                .replace("\"metric\"", "\"segment\":\"" + segment + "\",\"metric\"");
    }

    @Test
    void badEventsGetPerEventErrorsWhileValidOnesAreSavedAndDuplicatesCounted() throws Exception {
        call("POST", "/api/v1/experiments", experiment("events", "ab", "revenue_per_user", true));
        call("POST", "/api/v1/experiments/events/start", null);
        long before = app.app.events.count();
        String batch = "["
                + "{\"id\":\"ok-1\",\"type\":\"exposure\",\"experimentId\":\"events\",\"unitId\":\"u1\"},"
                + "{\"id\":\"ok-2\",\"type\":\"conversion\",\"experimentId\":\"events\",\"unitId\":\"u1\",\"value\":19.5},"
                + "{\"id\":\"bad-1\",\"type\":\"exposure\",\"experimentId\":\"nope\",\"unitId\":\"u1\"},"
                + "{\"id\":\"bad-2\",\"type\":\"exposure\",\"experimentId\":\"events\"},"
                + "{\"id\":\"bad-3\",\"type\":\"conversion\",\"experimentId\":\"events\",\"unitId\":\"u2\",\"value\":-5},"
                + "{\"id\":\"ok-1\",\"type\":\"exposure\",\"experimentId\":\"events\",\"unitId\":\"u1\"},"
                + "{\"type\":\"exposure\",\"experimentId\":\"events\",\"unitId\":\"u3\"},"
                + "{\"id\":\"ok-3\",\"type\":\"page_view\",\"occurredAt\":\"2026-01-02T10:00:00\"}"
                + "]";

        ApiClient.Reply r = call("POST", "/api/v1/events", batch);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("code").asText()).isEqualTo("invalid_input");
        assertThat(r.body().get("error").asText()).contains("4 of 8").contains("3 valid");
        JsonNode details = r.body().get("details");
        assertThat(details.get("saved").asInt()).isEqualTo(3);
        assertThat(details.get("duplicates").asInt()).isEqualTo(1);
        JsonNode rejected = details.get("rejected");
        assertThat(rejected).hasSize(4);
        assertThat(rejected.get(0).get("index").asInt()).isEqualTo(2);
        assertThat(rejected.get(0).get("reason").asText()).contains("experiment 'nope' is unknown");
        assertThat(rejected.get(1).get("reason").asText()).contains("unitId is required");
        assertThat(rejected.get(2).get("reason").asText()).contains("must not be negative");
        assertThat(rejected.get(3).get("reason").asText()).contains("id is required");
        assertThat(app.app.events.count()).isEqualTo(before + 3);

        ApiClient.Reply again = call(
                "POST",
                "/api/v1/events",
                "[{\"id\":\"ok-1\",\"type\":\"exposure\",\"experimentId\":\"events\",\"unitId\":\"u1\"}]");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("saved").asInt()).isZero();
        assertThat(again.body().get("duplicates").asInt()).isEqualTo(1);

        String assigned = app.app.experiments.assign("events", "u9").variant();
        String other = assigned.equals("A") ? "B" : "A";
        ApiClient.Reply wrongVariant = call(
                "POST",
                "/api/v1/events",
                "{\"id\":\"wv\",\"type\":\"exposure\",\"experimentId\":\"events\"," + "\"unitId\":\"u9\",\"variant\":\""
                        + other + "\"}");
        assertThat(wrongVariant
                        .body()
                        .get("details")
                        .get("rejected")
                        .get(0)
                        .get("reason")
                        .asText())
                .contains("is assigned to variant '" + assigned + "'");
        assertThat(call("POST", "/api/v1/events", "42").status()).isEqualTo(400);
    }
}
