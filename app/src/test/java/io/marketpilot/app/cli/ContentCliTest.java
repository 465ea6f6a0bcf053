package io.marketpilot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.app.Application;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.demo.DemoLoader;
import io.marketpilot.app.services.Services;
import io.marketpilot.imports.ImportProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate}, {@code content}, {@code brand}, {@code eval generation} and training-data export on the demo shop. */
class ContentCliTest {
    @TempDir
    static Path dir;

    static String data;

    @BeforeAll
    static void demoShop() {
        data = dir.resolve("data").toString();
        try (Services app =
                Application.open(new MarketPilotConfig(dir.resolve("data"), null, null, null, "127.0.0.1", 0))) {
            DemoLoader.loadIfEmpty(app, ImportProgress.NONE);
            app.segments.run("auto", 42, java.util.Optional.empty());
        }
    }

    static JsonNode generate(String... args) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of("generate", "--data-dir", data, "--format", "json"));
        all.addAll(List.of(args));
        InProcessCli.Run r = CliTest.run(all.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return CliTest.json(r.out());
    }

    @Test
    void offlineEmailsForASegmentAreValidPersonaSpecificAndInBothLanguages() throws Exception {
        for (String language : List.of("en", "zh")) {
            JsonNode out = generate(
                    "--channel",
                    "email",
                    "--segment",
                    "0",
                    "--product",
                    "CAB-100",
                    "--language",
                    language,
                    "--variants",
                    "3",
                    "--seed",
                    "7");

            JsonNode variants = out.get("variants");
            assertThat(variants).hasSize(3);
            Set<String> angles = new HashSet<>();
            for (JsonNode v : variants) {
                angles.add(v.get("angle").asText());
                assertThat(v.get("provider").asText()).isEqualTo("offline");
                assertThat(v.get("model").asText()).isEqualTo("composer");
                assertThat(v.get("language").asText()).isEqualTo(language);
                assertThat(v.get("fields").get("subject").asText().length()).isBetween(1, 60);
                assertThat(v.get("fields").get("cta").asText()).isNotBlank();
                assertThat(v.get("scores").has("readability")).isTrue();
                assertThat(v.get("findings").findValuesAsText("severity")).doesNotContain("error");
                assertThat(v.get("status").asText()).isEqualTo("draft");
                if (language.equals("zh")) {
                    assertThat(v.get("fields").get("body").asText()).containsPattern("\\p{IsHan}{4}");
                }
            }
            assertThat(angles).hasSize(3);
        }
        JsonNode first = generate("--channel", "email", "--segment", "0", "--variants", "1");
        JsonNode last = generate("--channel", "email", "--segment", "1", "--variants", "1");
        assertThat(first.get("variants").get(0).get("segment").asText())
                .isNotEqualTo(last.get("variants").get(0).get("segment").asText());
        assertThat(first.get("variants").get(0).get("angle").asText()
                        + first.get("variants").get(0).get("fields"))
                .isNotEqualTo(last.get("variants").get(0).get("angle").asText()
                        + last.get("variants").get(0).get("fields"));
    }

    @Test
    void everyChannelWorksForOneCustomerInChinese() throws Exception {
        for (String channel : List.of("ad", "social", "sms", "product")) {
            JsonNode out = generate(
                    "--channel",
                    channel,
                    "--customer",
                    "C00010",
                    "--product",
                    "CAB-100",
                    "--language",
                    "zh",
                    "--variants",
                    "2",
                    "--network",
                    "weibo");
            assertThat(out.get("variants")).as(channel).hasSize(2);
            assertThat(out.get("variants").get(0).get("customerId").asText()).isEqualTo("C00010");
            assertThat(out.get("variants").get(0).get("findings").findValuesAsText("severity"))
                    .doesNotContain("error");
        }
    }

    @Test
    void badRequestsGiveOneLineErrors() {
        InProcessCli.Run unknown = CliTest.run("generate", "--data-dir", data, "--channel", "fax", "--segment", "0");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: Unknown channel 'fax'");

        InProcessCli.Run both = CliTest.run(
                "generate", "--data-dir", data, "--channel", "sms", "--segment", "0", "--customer", "C00010");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("not both");

        InProcessCli.Run none = CliTest.run("generate", "--data-dir", data, "--channel", "sms", "--segment", "99");
        assertThat(none.exit()).isEqualTo(2);
    }

    @Test
    void onlyApprovedTextsAreExportedAsChatTrainingPairsAndRolledOut() throws Exception {
        JsonNode out = generate("--channel", "email", "--segment", "0", "--variants", "2", "--seed", "99");
        long approved = out.get("variants").get(0).get("id").asLong();
        long rejected = out.get("variants").get(1).get("id").asLong();

        Path early = dir.resolve("early.jsonl");
        InProcessCli.Run refused = CliTest.run(
                "content", "rollout", String.valueOf(approved), "--out", early.toString(), "--data-dir", data);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("only approved content");

        assertThat(CliTest.run(
                                "content",
                                "approve",
                                String.valueOf(approved),
                                "--reviewer",
                                "ana",
                                "--comment",
                                "ok",
                                "--data-dir",
                                data)
                        .out())
                .contains("approved");
        assertThat(CliTest.run(
                                "content",
                                "reject",
                                String.valueOf(rejected),
                                "--reviewer",
                                "ana",
                                "--comment",
                                "flat",
                                "--data-dir",
                                data)
                        .exit())
                .isZero();

        Path training = dir.resolve("training.jsonl");
        assertThat(CliTest.run("export", "training-data", training.toString(), "--data-dir", data)
                        .exit())
                .isZero();
        List<String> lines = Files.readAllLines(training);
        List<Long> ids = lines.stream()
                .map(l -> {
                    try {
                        JsonNode j = CliTest.json(l);
                        assertThat(j.get("messages").findValuesAsText("role"))
                                .containsExactly("system", "user", "assistant");
                        return CliTest.json(j.get("messages")
                                                .get(2)
                                                .get("content")
                                                .asText())
                                        .has("subject")
                                ? 1L
                                : 0L;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(ids).isNotEmpty().containsOnly(1L);
        assertThat(String.join("\n", lines)).doesNotContain("\"rejected\"");

        Path rollout = dir.resolve("rollout.jsonl");
        InProcessCli.Run r = CliTest.run(
                "content", "rollout", String.valueOf(approved), "--out", rollout.toString(), "--data-dir", data);
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(rollout);
        assertThat(rows).hasSizeGreaterThan(10);
        assertThat(String.join("\n", rows)).doesNotContain("{{first_name}}", "{{picked_for_you}}");
        assertThat(rows.getFirst()).contains("Picked for you");
    }

    @Test
    void evalGenerationScoresBleuAndRougeAgainstReferences() throws Exception {
        Path refs = dir.resolve("refs.jsonl");
        Files.writeString(refs, """
                {"id": "exact", "candidate": "New cables are in today", "references": ["new cables are in today"]}
                {"id": "gen", "channel": "email", "segment": "0", "field": "subject", \
                "references": ["More cables for less"]}""");

        InProcessCli.Run r =
                CliTest.run("eval", "generation", "--refs", refs.toString(), "--format", "json", "--data-dir", data);

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = CliTest.json(r.out());
        assertThat(j.get("n").asInt()).isEqualTo(2);
        assertThat(j.get("rows").get(0).get("bleu").asDouble()).isEqualTo(1.0);
        assertThat(j.get("rows").get(0).get("rougeL").asDouble()).isEqualTo(1.0);
        assertThat(j.get("rougeL").asDouble()).isBetween(0.5, 1.0);
        assertThat(j.get("provider").asText()).isEqualTo("offline");
    }

    @Test
    void brandVoiceIsSavedAndItsBannedWordsBlockApproval() throws Exception {
        InProcessCli.Run set =
                CliTest.run("brand", "set", "--ban", "cables", "--description", "Calm and exact", "--data-dir", data);
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(CliTest.json(CliTest.run("brand", "show", "--data-dir", data).out())
                        .get("bannedPhrases"))
                .extracting(JsonNode::asText)
                .containsExactly("cables");

        JsonNode out = generate("--channel", "sms", "--segment", "0", "--product", "CAB-100", "--variants", "1");
        JsonNode v = out.get("variants").get(0);
        assertThat(v.get("findings").findValuesAsText("rule")).contains("banned-phrase");
        InProcessCli.Run approve =
                CliTest.run("content", "approve", v.get("id").asText(), "--reviewer", "ana", "--data-dir", data);
        assertThat(approve.exit()).isEqualTo(2);
        assertThat(approve.err()).contains("guardrail errors");

        CliTest.run("brand", "set", "--ban", "guaranteed", "--data-dir", data);
    }

    @Test
    void theDemoLoadsDraftsWithOneApproved(@TempDir Path own) {
        try (Services app = Application.open(new MarketPilotConfig(own, null, null, null, "127.0.0.1", 0))) {
            DemoLoader.loadIfEmpty(app, ImportProgress.NONE);
            app.segments.run("auto", 42, java.util.Optional.empty());

            assertThat(io.marketpilot.app.demo.DemoContent.generateIfEmpty(app)).isPresent();
            assertThat(io.marketpilot.app.demo.DemoContent.generateIfEmpty(app))
                    .as("only once")
                    .isEmpty();
            var all = app.content
                    .list(io.marketpilot.core.content.ContentQuery.latest(50))
                    .items();
            assertThat(all).hasSize(5);
            assertThat(all)
                    .filteredOn(i -> i.review().status() == io.marketpilot.core.content.ContentStatus.APPROVED)
                    .hasSize(1);
            assertThat(all).extracting(i -> i.target().language()).contains("en", "zh");
        }
    }
}
