package io.marketpilot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marketpilot llm …} without a configured model: status, a clear ping error, redaction and its evaluation. */
class LlmCommandTest {
    @TempDir
    Path dir;

    @Test
    void statusSaysOfflineAndPingExplainsHowToConfigureAModel() throws Exception {
        InProcessCli.Run status = CliTest.run("llm", "status", "--format", "json", "--data-dir", dir.toString());
        InProcessCli.Run ping = CliTest.run("llm", "ping", "--data-dir", dir.toString());

        assertThat(status.exit()).isZero();
        assertThat(CliTest.json(status.out()).get("provider").asText()).isEqualTo("offline");
        assertThat(ping.exit()).isEqualTo(2);
        assertThat(ping.err())
                .startsWith("error: No language model is configured")
                .contains("MARKETPILOT_LLM_PROVIDER");
    }

    @Test
    void redactShowsWhatWouldBeSent() {
        InProcessCli.Run r = CliTest.run(
                "llm", "redact", "--text", "Mail jo@x.io, card 4111-1111-1111-1111", "--data-dir", dir.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo("Mail [EMAIL_1], card [CARD_1]");
    }

    @Test
    void piiEvalReportsRecallAndPrecisionPerType() throws Exception {
        Path corpus = Path.of("../llm/src/test/resources/pii/pii_examples.jsonl");
        Path names = Path.of("../llm/src/test/resources/pii/known_customers.txt");
        InProcessCli.Run r = CliTest.run(
                "llm",
                "pii-eval",
                "--input",
                corpus.toString(),
                "--names",
                names.toString(),
                "--format",
                "json",
                "--data-dir",
                dir.toString());

        assertThat(r.exit()).isZero();
        var rows = CliTest.json(r.out());
        assertThat(rows).hasSize(6);
        rows.forEach(row -> assertThat(row.get("recall").asDouble()).isGreaterThanOrEqualTo(0.98));
        assertThat(CliTest.run("llm", "pii-eval", "--input", "missing.jsonl", "--names", names.toString())
                        .err())
                .startsWith("error: No such file");
    }
}
