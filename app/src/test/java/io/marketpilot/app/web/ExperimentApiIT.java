package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.app.TestApp;
import io.marketpilot.app.experiment.ChallengerWriter;
import io.marketpilot.app.experiment.NewExperiment;
import io.marketpilot.app.experiment.OptimisationLoop;
import io.marketpilot.core.experiment.Variant;
import io.marketpilot.experiments.stats.ChiSquareTest;
import io.marketpilot.store.experiment.OptimisationRounds;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Experiments over the real server and the embedded store: life cycle, assignment, events, reports, bandits, loop. */
class ExperimentApiIT {
    @TempDir
    static Path dir;

    static TestApp app;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        app = TestApp.start(dir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    record Reply(int status, JsonNode body) {}

    static Reply call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Authorization", "Bearer " + app.adminKey)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body().isBlank() ? null : JSON.readTree(r.body()));
    }

    static String experiment(String id, String design, String metric, boolean approveB) {
        return "{\"id\":\"" + id + "\",\"name\":\"Test " + id + "\",\"design\":\"" + design + "\",\"metric\":\""
                + metric
                + "\",\"variants\":[{\"name\":\"A\",\"payload\":\"Spring sale: 10 % off\",\"approved\":true},"
                + "{\"name\":\"B\",\"payload\":\"Your spring picks, 10 % off\",\"approved\":" + approveB + "}]}";
    }

    @Test
    void anExperimentStartsOnlyOnceEveryVariantIsApprovedAndAssignsStickily() throws Exception {
        Reply created = call("POST", "/api/v1/experiments", experiment("life", "ab", "conversion", false));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("status").asText()).isEqualTo("draft");

        Reply refused = call("POST", "/api/v1/experiments/life/start", null);
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

        Reply unknown = call("POST", "/api/v1/experiments", targeted("nowhere", "no such persona"));
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

            Reply in = call("POST", path, "{\"unitId\":\"" + inside.customerId() + "\"}");
            assertThat(in.status()).isEqualTo(200);
            assertThat(in.body().get("variant").asText()).isIn("A", "B");
            Reply out = call("POST", path, "{\"unitId\":\"" + outside.customerId() + "\"}");
            assertThat(out.status()).isEqualTo(409);
            assertThat(out.body().get("error").asText())
                    .contains("not in experiment")
                    .contains("segment " + outside.segment());
            Reply stranger = call("POST", path, "{\"unitId\":\"visitor-without-account\"}");
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

        Reply r = call("POST", "/api/v1/events", batch);

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

        Reply again = call(
                "POST",
                "/api/v1/events",
                "[{\"id\":\"ok-1\",\"type\":\"exposure\",\"experimentId\":\"events\",\"unitId\":\"u1\"}]");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("saved").asInt()).isZero();
        assertThat(again.body().get("duplicates").asInt()).isEqualTo(1);

        String assigned = app.app.experiments.assign("events", "u9").variant();
        String other = assigned.equals("A") ? "B" : "A";
        Reply wrongVariant = call(
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

    @Test
    void aReportOfSimulatedTrafficRecommendsTheBetterVariantAndRecordsItsMethod() throws Exception {
        call("POST", "/api/v1/experiments", experiment("report", "ab", "conversion", true));
        call("POST", "/api/v1/experiments/report/start", null);
        SplittableRandom random = new SplittableRandom(3);
        StringBuilder sb = new StringBuilder("[");
        LocalDateTime t = LocalDateTime.now().minusDays(10).withNano(0);
        for (int u = 0; u < 8_000; u++) {
            String unit = "r" + u;
            String variant = app.app.experiments.assign("report", unit).variant();
            LocalDateTime at = t.plusMinutes(u * 2L);
            sb.append(sb.length() > 1 ? "," : "")
                    .append("{\"id\":\"rx")
                    .append(u)
                    .append("\",\"type\":\"exposure\",\"experimentId\":\"report\",\"unitId\":\"")
                    .append(unit)
                    .append("\",\"occurredAt\":\"")
                    .append(at)
                    .append("\"}");
            if (random.nextDouble() < (variant.equals("B") ? 0.12 : 0.06)) {
                sb.append(",{\"id\":\"rc")
                        .append(u)
                        .append("\",\"type\":\"conversion\",\"experimentId\":\"report\",\"unitId\":\"")
                        .append(unit)
                        .append("\",\"value\":30,\"occurredAt\":\"")
                        .append(at.plusMinutes(1))
                        .append("\"}");
            }
        }
        assertThat(call("POST", "/api/v1/events", sb.append("]").toString()).status())
                .isEqualTo(200);

        JsonNode report = call("GET", "/api/v1/experiments/report/report", null).body();

        assertThat(report.get("recommendation").get("action").asText()).isEqualTo("ship");
        assertThat(report.get("recommendation").get("text").asText()).startsWith("Ship B");
        assertThat(report.get("arms").get(0).get("units").asLong()
                        + report.get("arms").get(1).get("units").asLong())
                .isEqualTo(8_000);
        JsonNode b = report.get("comparisons").get(0);
        assertThat(b.get("ci_low").asDouble()).isPositive();
        assertThat(b.get("sequential_p_value").asDouble()).isLessThan(0.05);
        assertThat(report.get("srm").get("mismatch").asBoolean()).isFalse();
        assertThat(report.get("days").size()).isGreaterThanOrEqualTo(10);
        assertThat(report.get("posteriors")).hasSize(2);
        assertThat(report.get("method").asText()).contains("mixture SPRT").contains("z-test");
        assertThat(report.get("parameters").get("msprt_tau").asDouble()).isEqualTo(0.01);
        assertThat(report.get("cuped").get("applied").asBoolean()).isFalse();
    }

    @Test
    void aWinnerThatHarmsAGuardrailIsNotShipped() throws Exception {
        call(
                "POST",
                "/api/v1/experiments",
                "{\"id\":\"guard\",\"name\":\"Guard\",\"guardrails\":[\"click_through\"],"
                        + "\"variants\":[{\"name\":\"A\",\"approved\":true},{\"name\":\"B\",\"approved\":true}]}");
        call("POST", "/api/v1/experiments/guard/start", null);
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder sb = new StringBuilder("[");
        for (int u = 0; u < 8_000; u++) {
            String unit = "g" + u;
            boolean b = app.app.experiments.assign("guard", unit).variant().equals("B");
            sb.append(u > 0 ? "," : "")
                    .append("{\"id\":\"gx")
                    .append(u)
                    .append("\",\"type\":\"exposure\",\"experimentId\":\"guard\",\"unitId\":\"")
                    .append(unit)
                    .append("\"}");
            if (random.nextDouble() < (b ? 0.12 : 0.06)) {
                sb.append(",{\"id\":\"gc")
                        .append(u)
                        .append("\",\"type\":\"conversion\",\"experimentId\":\"guard\",\"unitId\":\"")
                        .append(unit)
                        .append("\"}");
            }
            if (random.nextDouble() < (b ? 0.20 : 0.50)) {
                sb.append(",{\"id\":\"gk")
                        .append(u)
                        .append("\",\"type\":\"click\",\"experimentId\":\"guard\",\"unitId\":\"")
                        .append(unit)
                        .append("\"}");
            }
        }
        assertThat(call("POST", "/api/v1/events", sb.append("]").toString()).status())
                .isEqualTo(200);

        JsonNode report = call("GET", "/api/v1/experiments/guard/report", null).body();

        assertThat(report.get("comparisons").get(0).get("diff").asDouble()).isPositive();
        assertThat(report.get("recommendation").get("action").asText()).isEqualTo("keep_control");
        assertThat(report.get("recommendation").get("text").asText()).contains("harms the guardrail click_through");
        assertThat(report.get("guardrails").get(0).get("metric").asText()).isEqualTo("click_through");
        assertThat(report.get("guardrails").get(0).get("diff").asDouble()).isLessThan(-0.2);
    }

    @Test
    void aBanditPicksArmsLearnsRewardsAndKeepsItsStateInTheStore() throws Exception {
        call("POST", "/api/v1/experiments", experiment("bandit", "thompson", "conversion", true));
        call("POST", "/api/v1/experiments/bandit/start", null);
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 400; i++) {
            JsonNode arm = call("POST", "/api/v1/experiments/bandit/arm", "{\"unitId\":\"v" + i + "\"}")
                    .body();
            double p = arm.get("variant").asText().equals("B") ? 0.3 : 0.05;
            call(
                    "POST",
                    "/api/v1/experiments/bandit/rewards",
                    "{\"variant\":\"" + arm.get("variant").asText() + "\",\"reward\":"
                            + (random.nextDouble() < p ? 1 : 0) + "}");
        }
        JsonNode state = call("GET", "/api/v1/experiments/bandit/bandit", null).body();
        assertThat(state.get("policy").asText()).isEqualTo("thompson");
        long a = state.get("pulls").get(0).asLong();
        long bPulls = state.get("pulls").get(1).asLong();
        assertThat(a + bPulls).isEqualTo(400);
        assertThat(bPulls).isGreaterThan(3 * a);
        assertThat(new io.marketpilot.store.experiment.BanditStates(app.app.db).find("bandit"))
                .isPresent();
        assertThat(call("POST", "/api/v1/experiments/bandit/rewards", "{\"variant\":\"B\",\"reward\":-1}")
                        .status())
                .isEqualTo(400);
        assertThat(call("POST", "/api/v1/experiments/bandit/assignments", "{\"unitId\":\"x\"}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void theLoopDecidesAWinnerDraftsUnapprovedChallengersAndKeepsTheHistory() throws Exception {
        app.app.experiments.create(
                new NewExperiment(
                        "loop-1",
                        "Loop",
                        "ab",
                        "conversion",
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        "loop",
                        List.of(
                                new Variant("A", 1, null, "Spring sale: 10 % off", true),
                                new Variant("B", 1, null, "Your spring picks, 10 % off", true))),
                "test");
        app.app.experiments.start("loop-1", "test");
        List<ChallengerWriter.Brief> briefs = new java.util.ArrayList<>();
        ChallengerWriter stub = brief -> {
            briefs.add(brief);
            return new ChallengerWriter.Drafts(List.of("Draft one", "Draft two"), "test stub writer", "");
        };
        OptimisationLoop loop = new OptimisationLoop(
                app.app.experiments,
                app.app.experimentReports,
                new OptimisationRounds(app.app.db),
                stub,
                app.app.clock);
        assertThat(call("POST", "/api/v1/experiments/loop-1/advance", null).status())
                .isEqualTo(409);

        SplittableRandom random = new SplittableRandom(9);
        StringBuilder sb = new StringBuilder("[");
        for (int u = 0; u < 6_000; u++) {
            String unit = "l" + u;
            String variant = app.app.experiments.assign("loop-1", unit).variant();
            sb.append(u > 0 ? "," : "")
                    .append("{\"id\":\"lx")
                    .append(u)
                    .append("\",\"type\":\"exposure\",\"experimentId\":\"loop-1\",\"unitId\":\"")
                    .append(unit)
                    .append("\"}");
            if (random.nextDouble() < (variant.equals("B") ? 0.15 : 0.05)) {
                sb.append(",{\"id\":\"lc")
                        .append(u)
                        .append("\",\"type\":\"conversion\",\"experimentId\":\"loop-1\",\"unitId\":\"")
                        .append(unit)
                        .append("\"}");
            }
        }
        call("POST", "/api/v1/events", sb.append("]").toString());

        var round = loop.advance("loop-1", "test");

        assertThat(round.outcome()).isEqualTo("winner");
        assertThat(round.winner()).isEqualTo("B");
        assertThat(round.retired()).containsExactly("A");
        assertThat(briefs.getFirst().winner()).isEqualTo("Your spring picks, 10 % off");
        assertThat(briefs.getFirst().distinguished())
                .contains("your")
                .contains("picks")
                .contains("sale");
        assertThat(app.app.experiments.get("loop-1").status().wireName()).isEqualTo("decided");
        var next = app.app.experiments.get(round.nextExperimentId());
        assertThat(next.variants().getFirst().payload()).isEqualTo("Your spring picks, 10 % off");
        assertThat(next.variants().getFirst().approved()).isTrue();
        assertThat(next.variants().subList(1, 3))
                .allSatisfy(v -> assertThat(v.approved()).isFalse());
        assertThat(call("POST", "/api/v1/experiments/" + next.id() + "/start", null)
                        .status())
                .isEqualTo(409);

        JsonNode history = call("GET", "/api/v1/campaigns/loop/rounds", null).body();
        assertThat(history.get("rounds")).hasSize(1);
        assertThat(history.get("rounds").get(0).get("challengers")).hasSize(2);
        assertThat(history.get("rounds").get(0).get("challengerSource").asText())
                .isEqualTo("test stub writer");
        assertThat(history.get("experiments")).hasSize(2);
    }
}
