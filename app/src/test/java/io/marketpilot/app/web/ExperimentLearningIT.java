package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.app.TestApp;
import io.marketpilot.app.experiment.ChallengerWriter;
import io.marketpilot.app.experiment.NewExperiment;
import io.marketpilot.app.experiment.OptimisationLoop;
import io.marketpilot.core.experiment.Variant;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports, guardrails, bandits and the optimisation loop over the real server and the embedded store. */
class ExperimentLearningIT {
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

    @Test
    void aReportOfSimulatedTrafficRecommendsTheBetterVariantAndRecordsItsMethod() throws Exception {
        call("POST", "/api/v1/experiments", ExperimentApiIT.experiment("report", "ab", "conversion", true));
        call("POST", "/api/v1/experiments/report/start", null);
        SplittableRandom random = new SplittableRandom(3);
        StringBuilder sb = new StringBuilder("[");
        LocalDateTime t = LocalDateTime.now(app.app.clock).minusDays(10).withNano(0);
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
        call("POST", "/api/v1/experiments", ExperimentApiIT.experiment("bandit", "thompson", "conversion", true));
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
        assertThat(app.app.stores.banditStates().find("bandit")).isPresent();
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
                app.app.stores.optimisationRounds(),
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
