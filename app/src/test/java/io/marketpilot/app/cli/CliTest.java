package io.marketpilot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.app.cli.InProcessCli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit codes, one-line errors and machine-readable output. */
class CliTest {
    /** The CLI run in this process (see {@link InProcessCli}). */
    static Run run(String... args) {
        return InProcessCli.run(args);
    }

    static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void abtestPrintsTheDocumentedJsonKeys() throws Exception {
        Run r = run(
                "abtest", "--conv-a", "200", "--n-a", "4000", "--conv-b", "245", "--n-b", "4000", "--format", "json");

        assertThat(r.exit()).isZero();
        JsonNode j = json(r.out());
        assertThat(j.fieldNames())
                .toIterable()
                .contains(
                        "z",
                        "p_value",
                        "diff",
                        "ci_low",
                        "ci_high",
                        "relative_lift",
                        "prob_b_beats_a",
                        "expected_loss_b");
        assertThat(j.get("diff").asDouble()).isEqualTo(0.01125, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(j.get("p_value").asDouble()).isBetween(0.01, 0.05);
    }

    @Test
    void impossibleCountsGiveAOneLineErrorAndExitCode2() {
        Run r = run("abtest", "--conv-a", "5", "--n-a", "3", "--conv-b", "1", "--n-b", "10");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip())
                .startsWith("error:")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void thompsonSamplingRegretsFarLessThanAUniformSplit() throws Exception {
        String[] base = {
            "bandit",
            "simulate",
            "--arms",
            "0.040,0.050,0.045",
            "--horizon",
            "100000",
            "--seed",
            "1",
            "--format",
            "json"
        };
        JsonNode thompson = json(run(concat(base, "--policy", "thompson")).out());
        JsonNode uniform = json(run(concat(base, "--policy", "uniform")).out());

        assertThat(thompson.get("regret").asDouble())
                .isLessThan(uniform.get("regret").asDouble() / 3);
        assertThat(thompson.get("pulls")).hasSize(3);
        assertThat(thompson.has("reward")).isTrue();
    }

    @Test
    void sampleSizeMatchesTheTextbookFigure() throws Exception {
        // 5 % baseline, +10 % relative, alpha 0.05 two-sided, power 0.8: 31,234 per arm (pooled-variance formula)
        JsonNode j = json(run("sample-size", "--baseline", "0.05", "--mde", "0.10", "--relative", "--format", "json")
                .out());

        assertThat(j.get("per_arm").asLong()).isBetween(31_000L, 31_500L);
    }

    @Test
    void evalSentimentReadsUciStyleFilesAndReportsAccuracyAndMacroF1(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("labelled.txt");
        Files.writeString(
                file,
                "Great phone, love it.\t1\nTerrible battery, waste of money.\t0\nWorks great!\t1\nBroke after a day.\t0\n");

        Run r = run("eval", "sentiment", "--input", file.toString(), "--model", "vader", "--format", "json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = json(r.out());
        assertThat(j.get("n").asInt()).isEqualTo(4);
        assertThat(j.get("model").asText()).isEqualTo("vader-3.3.2");
        assertThat(j.get("accuracy").asDouble()).isBetween(0.0, 1.0);
        assertThat(j.has("macro_f1")).isTrue();
    }

    @Test
    void sentimentGivesPerRowErrorsInsteadOfFailingTheBatch(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("texts.jsonl");
        String long1mb = "good ".repeat(210_000);
        Files.writeString(
                file,
                "{\"id\":\"a\",\"text\":\"I love this case!\"}\n{\"id\":\"b\",\"text\":\"质量很好\"}\n"
                        + "{\"id\":\"c\",\"text\":\"\"}\n{\"id\":\"d\",\"text\":\"" + long1mb
                        + "\"}\n{\"id\":\"e\",\"text\":\"\\u0000\\u0007\\uFFFD junk\"}\n");

        Run r = run("sentiment", "--input", file.toString(), "--id-column", "id", "--model", "vader");

        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(5);
        assertThat(json(lines[0]).get("label").asText()).isEqualTo("positive");
        assertThat(json(lines[1]).get("error").asText()).contains("zh").contains("--model embedding");
        assertThat(json(lines[2]).get("label").asText()).isEqualTo("neutral");
        assertThat(json(lines[3]).get("error").asText()).contains("longer than");
        assertThat(json(lines[4]).has("label") || json(lines[4]).has("error")).isTrue();
    }

    @Test
    void anUnknownSentimentModelIsAUserError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.txt");
        Files.writeString(file, "fine\n");

        Run r = run("sentiment", "--input", file.toString(), "--model", "bert");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("vader or embedding");
    }

    @Test
    void importOfAFileWithABadRowNamesTheLineAndWritesNothing(@TempDir Path dir) throws Exception {
        Path customers = dir.resolve("customers.csv");
        Files.writeString(customers, "id,email\nA1,a@example.com\nA2,not-an-email\n");

        Run r = run(
                "import",
                "customers",
                customers.toString(),
                "--data-dir",
                dir.resolve("data").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("line 3 (email)").contains("not an e-mail address");
        Run export = run(
                "export", "customers", "-", "--data-dir", dir.resolve("data").toString());
        assertThat(export.out().strip()).isEqualTo("id,email,name,country,city,signup_date");
    }

    @Test
    void clvFitReadsAnOrdersFileWithoutTheStore(@TempDir Path dir) throws Exception {
        Path orders = dir.resolve("orders.csv.gz");
        try (var in = CliTest.class.getResourceAsStream("/demo/orders.csv.gz")) {
            Files.copy(in, orders);
        }

        Run r = run("clv", "fit", "--orders", orders.toString(), "--format", "json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = json(r.out());
        assertThat(j.fieldNames())
                .toIterable()
                .contains("r", "alpha", "a", "b", "log_likelihood", "p", "q", "gamma", "customers");
        assertThat(j.get("customers").asInt()).isGreaterThan(1000);
        assertThat(j.get("log_likelihood").asDouble()).isNegative();
    }

    @Test
    void clvFitOnDataWithoutDropOutSaysWhyItCannotFit(@TempDir Path dir) throws Exception {
        Path orders = dir.resolve("orders.csv");
        StringBuilder sb = new StringBuilder("customer_id,order_date,quantity,amount\n");
        for (int c = 0; c < 50; c++) {
            for (int week = 0; week < 20; week++) {
                sb.append(String.format(
                        "%04d,%s,1,10%n", c, java.time.LocalDate.of(2024, 1, 1).plusWeeks(week)));
            }
        }
        Files.writeString(orders, sb.toString());

        Run r = run("clv", "fit", "--orders", orders.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error:");
    }

    @Test
    void segmentOnAnOrdersFileEndsItsJsonWithTheQualityFigures(@TempDir Path dir) throws Exception {
        Path orders = dir.resolve("orders.csv.gz");
        try (var in = CliTest.class.getResourceAsStream("/demo/orders.csv.gz")) {
            Files.copy(in, orders);
        }

        Run r = run("segment", "--orders", orders.toString(), "--format", "json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = json(r.out());
        java.util.List<String> keys = new java.util.ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).endsWith("k", "silhouette", "inertia");
        assertThat(j.get("customers").get(0).has("distance")).isTrue();
        assertThat(j.get("segments")).hasSize(j.get("k").asInt());
    }

    @Test
    void segmentingASingleCustomerSaysWhy(@TempDir Path dir) throws Exception {
        Path orders = dir.resolve("orders.csv");
        Files.writeString(
                orders, "customer_id,order_date,quantity,amount\n0001,2024-01-01,1,10\n0001,2024-02-01,1,12\n");

        Run r = run("segment", "--orders", orders.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("at least 2");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
