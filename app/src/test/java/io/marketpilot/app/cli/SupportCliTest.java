package io.marketpilot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb}, {@code ask} and {@code eval retrieval} as a user runs them (FAQ sentences written for this test). */
class SupportCliTest {
    @TempDir
    Path dir;

    private Path faq() throws Exception {
        Path faq = dir.resolve("faq.csv");
        Files.writeString(faq, """
                id,question,answer
                hours,When is the shop open?,"We are open Monday to Friday, 8:00 to 18:00."
                parking,Where can I park?,"Customers park for free in the yard behind the shop."
                cards,Do you take credit cards?,"We take Visa, Mastercard and debit cards."
                zh-hours,你们几点开门？,"周一至周五早上八点开门，晚上六点关门。"
                """);
        return faq;
    }

    @Test
    void evalRetrievalPrintsTheDocumentedJsonKeys() throws Exception {
        Path queries = dir.resolve("queries.jsonl");
        Files.writeString(queries, """
                {"query": "what are your opening times", "answer_id": "hours"}
                {"query": "is there a car park", "answer_id": "parking"}
                {"query": "can I pay with my Visa", "answer_id": "cards"}
                {"query": "商店几点营业", "answer_id": "zh-hours"}
                """);

        InProcessCli.Run r = CliTest.run(
                "eval",
                "retrieval",
                "--kb",
                faq().toString(),
                "--queries",
                queries.toString(),
                "--k",
                "2",
                "--format",
                "json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = CliTest.json(r.out());
        assertThat(j.fieldNames()).toIterable().contains("recall_at_1", "recall_at_k", "mrr");
        assertThat(j.get("queries").asInt()).isEqualTo(4);
        assertThat(j.get("recall_at_k").asDouble())
                .isGreaterThanOrEqualTo(j.get("mrr").asDouble());
        assertThat(j.get("mode").asText()).isEqualTo("hybrid");
    }

    @Test
    void ingestThenAskAnswersWithACitationAndReIngestingSkips() throws Exception {
        String data = dir.resolve("data").toString();
        Path faq = faq();

        InProcessCli.Run ingest = CliTest.run("kb", "ingest", faq.toString(), "--data-dir", data);
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("faq.csv: added (4 chunks, faq)");
        assertThat(CliTest.run("kb", "ingest", faq.toString(), "--data-dir", data)
                        .out())
                .contains("faq.csv: unchanged");

        InProcessCli.Run ask =
                CliTest.run("ask", "Is there parking for customers?", "--format", "json", "--data-dir", data);
        assertThat(ask.exit()).as(ask.err()).isZero();
        JsonNode answer = CliTest.json(ask.out());
        assertThat(answer.get("answer").asText()).contains("yard behind the shop");
        assertThat(answer.get("citations").get(0).asText()).isEqualTo("faq.csv#2");
        assertThat(answer.get("model").asText()).isEqualTo("extractive/bge-small-en-v1.5");

        InProcessCli.Run unknown =
                CliTest.run("ask", "What is the boiling point of lead?", "--format", "json", "--data-dir", data);
        assertThat(CliTest.json(unknown.out()).get("outcome").asText()).isEqualTo("not_found");
    }

    @Test
    void unsupportedFilesAreAUserError() throws Exception {
        Path slides = Files.writeString(dir.resolve("slides.pptx"), "x");

        InProcessCli.Run r = CliTest.run(
                "kb",
                "ingest",
                slides.toString(),
                "--data-dir",
                dir.resolve("d").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: Cannot ingest slides.pptx");
    }
}
