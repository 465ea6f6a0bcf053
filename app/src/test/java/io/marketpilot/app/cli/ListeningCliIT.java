package io.marketpilot.app.cli;

import static io.marketpilot.app.cli.CliTest.json;
import static io.marketpilot.app.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listening commands on the real in-process embedding models (a few seconds to load, so an IT rather than a
 * unit test): the learned model against VADER on held-out review sentences, emotion, topics, and bad input.
 */
class ListeningCliIT {

    static Path resource(String name) throws URISyntaxException {
        return Path.of(ListeningCliIT.class.getResource("/listening/" + name).toURI());
    }

    @Test
    void theEmbeddingModelBeatsVaderOnHeldOutReviewSentences() throws Exception {
        String file = resource("uci-heldout-sample.tsv").toString();

        JsonNode learned = json(run("eval", "sentiment", "--input", file, "--model", "embedding", "--format", "json")
                .out());
        JsonNode vader = json(run("eval", "sentiment", "--input", file, "--model", "vader", "--format", "json")
                .out());

        assertThat(learned.get("n").asInt()).isEqualTo(129);
        assertThat(learned.get("model").asText()).isEqualTo("bge-small-en-v1.5+logreg/1");
        assertThat(learned.get("accuracy").asDouble()).isGreaterThan(0.88);
        assertThat(learned.get("accuracy").asDouble())
                .isGreaterThan(vader.get("accuracy").asDouble() + 0.08);
        assertThat(learned.get("macro_f1").asDouble())
                .isGreaterThan(vader.get("macro_f1").asDouble());
    }

    @Test
    void embeddingSentimentGivesEveryRowAResultOrItsOwnError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("texts.jsonl");
        String oneMegabyte = "good ".repeat(210_000);
        Files.writeString(
                file,
                "{\"id\":\"en\",\"text\":\"Terrible, it broke after a day.\"}\n"
                        + "{\"id\":\"zh\",\"text\":\"质量很差，很失望\"}\n"
                        + "{\"id\":\"empty\",\"text\":\"\"}\n"
                        + "{\"id\":\"long\",\"text\":\"" + oneMegabyte + "\"}\n"
                        + "{\"id\":\"junk\",\"text\":\"\\u0000\\u0007\\uFFFD\\u0001\\u00ff\\u0002\"}\n"
                        + "{\"id\":\"mixed\",\"text\":\"The 物流 was fast, 质量很好, love it\"}\n");

        InProcessCli.Run r = run("sentiment", "--input", file.toString(), "--id-column", "id", "--model", "embedding");

        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(6);
        assertThat(json(lines[0]).get("label").asText()).isEqualTo("negative");
        assertThat(json(lines[1]).get("label").asText()).isEqualTo("negative");
        assertThat(json(lines[1]).get("model").asText()).isEqualTo("bge-small-zh-v1.5-q+logreg/1");
        assertThat(json(lines[2]).get("label").asText()).isEqualTo("neutral");
        assertThat(json(lines[3]).get("error").asText()).contains("longer than");
        assertThat(json(lines[4]).has("label") || json(lines[4]).has("error")).isTrue();
        assertThat(json(lines[5]).get("label").asText()).isEqualTo("positive");
    }

    @Test
    void emotionLabelsEnglishAndChineseAndExplainsWhatItCannotRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("texts.csv");
        Files.writeString(
                file,
                "id,text\na,I was terrified when the smoke alarm went off at night\nb,我很开心\nc,\nd,\"\u0000\u0001\"\n");

        InProcessCli.Run r = run("emotion", "--input", file.toString(), "--id-column", "id");

        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(4);
        JsonNode fear = json(lines[0]);
        assertThat(fear.get("label").asText()).isEqualTo("fear");
        assertThat(fear.get("scores")).hasSize(7);
        double sum = 0;
        for (JsonNode p : fear.get("scores")) {
            sum += p.asDouble();
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(fear.get("model").asText()).isEqualTo("bge-small-en-v1.5+ngrams+softmax/emotion-en");
        assertThat(json(lines[1]).get("model").asText()).isEqualTo("bge-small-zh-v1.5-q+ngrams+softmax/emotion-zh");
        assertThat(json(lines[2]).get("error").asText()).contains("empty");
        assertThat(json(lines[3]).has("label") || json(lines[3]).has("error")).isTrue();
    }

    @Test
    void evalEmotionReportsAccuracyAndMacroF1OnMergedLabels() throws Exception {
        InProcessCli.Run r =
                run("eval", "emotion", "--input", resource("emotion-sample.csv").toString(), "--format", "json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = json(r.out());
        assertThat(j.get("n").asInt()).isEqualTo(14);
        // plainly worded texts: well above the 1-in-7 of guessing
        assertThat(j.get("accuracy").asDouble()).isGreaterThan(0.5);
        assertThat(j.has("macro_f1")).isTrue();
    }

    @Test
    void topicsOfAFileAreNamedSizedAndGiveExamples() throws Exception {
        InProcessCli.Run r =
                run("topics", "--input", resource("uci-heldout-sample.tsv").toString(), "--k", "3", "--format", "json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode en = json(r.out()).get("en");
        assertThat(en.get("k").asInt()).isEqualTo(3);
        int size = 0;
        for (JsonNode t : en.get("topics")) {
            assertThat(t.get("name").asText()).isNotBlank();
            assertThat(t.get("examples")).isNotEmpty();
            assertThat(t.get("meanSentiment").asDouble()).isBetween(-1.0, 1.0);
            size += t.get("size").asInt();
        }
        assertThat(size).isEqualTo(129);
    }
}
