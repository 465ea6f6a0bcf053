package io.marketpilot.app.cli;

import static io.marketpilot.app.cli.CliTest.json;
import static io.marketpilot.app.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's commands on real order data: 23,891 lines of the UCI Online Retail file (PROVENANCE.md beside the
 * sample), in both published layouts. Each command must succeed without a stack trace, and the models must beat
 * their baselines as they do on the whole file (docs/benchmarks.md).
 */
class RealRetailCliTest {
    @TempDir
    static Path dir;

    static Path original;
    static Path second;

    @BeforeAll
    static void files() throws IOException {
        original = dir.resolve("online_retail.csv.gz");
        try (InputStream in = RealRetailCliTest.class.getResourceAsStream("/real-retail/online-retail-sample.csv.gz")) {
            Files.copy(in, original, StandardCopyOption.REPLACE_EXISTING);
        }
        second = dir.resolve("online_retail_II.csv");
        writeInTheSecondLayout(original, second);
    }

    /** The same lines as "Online Retail II" publishes them: its header, customer ids written as 17850.0. */
    private static void writeInTheSecondLayout(Path from, Path to) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(from)), StandardCharsets.UTF_8));
                BufferedWriter out = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            in.readLine();
            out.write("Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int country = line.lastIndexOf(',');
                int customer = line.lastIndexOf(',', country - 1);
                String id = line.substring(customer + 1, country);
                out.write(line.substring(0, customer + 1) + (id.isEmpty() ? "" : id + ".0") + line.substring(country));
                out.write('\n');
            }
        }
    }

    private static InProcessCli.Run ok(String... args) {
        InProcessCli.Run r = run(args);
        assertThat(r.err())
                .as(String.join(" ", args))
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return r;
    }

    @Test
    void bothLayoutsImportTheSameOrdersAndSayWhatTheyDecided() {
        InProcessCli.Run first = ok(
                "import",
                "orders",
                original.toString(),
                "--data-dir",
                dir.resolve("one").toString());
        InProcessCli.Run again = ok(
                "import",
                "orders",
                second.toString(),
                "--data-dir",
                dir.resolve("two").toString());

        assertThat(first.out()).contains("layout uci-online-retail)").contains("orders: 1348 new");
        assertThat(again.out()).contains("layout uci-online-retail-ii)").contains("orders: 1348 new");
        assertThat(first.out())
                .contains("note: 323 exact duplicate lines skipped")
                .contains("shipping lines (C2, DOT, POST)")
                .contains("kept as stock adjustments, not sales");
    }

    @Test
    void theStoreCommandsRunOnTheImportedFile() throws Exception {
        String store = dir.resolve("store").toString();
        ok("import", "orders", original.toString(), "--data-dir", store);

        ok("segment", "--k", "auto", "--data-dir", store);
        JsonNode fit =
                json(ok("clv", "fit", "--data-dir", store, "--format", "json").out());
        assertThat(fit.get("customers").asInt()).isGreaterThan(250);
        assertThat(fit.get("estimation").asText()).isNotBlank();
        ok("clv", "predict", "--data-dir", store, "--format", "csv");
        ok("forecast", "--data-dir", store, "--horizon", "4", "--backtest", "8");
        ok("send-time", "--data-dir", store, "--evaluate");
    }

    @Test
    void clvBeatsTheNaiveRateOnTheHoldOut() throws Exception {
        JsonNode r = json(ok(
                        "clv",
                        "evaluate",
                        "--orders",
                        original.toString(),
                        "--calibration-end",
                        "2011-06-30",
                        "--format",
                        "json")
                .out());

        assertThat(r.get("customers").asInt()).isGreaterThan(150);
        assertThat(r.get("model").get("meanAbsoluteError").asDouble())
                .isLessThan(r.get("naive").get("meanAbsoluteError").asDouble());
    }

    @Test
    void personalRecommendersBeatPopularityOnATemporalSplit() throws Exception {
        JsonNode r = json(ok(
                        "recommend",
                        "eval",
                        "--ratings",
                        second.toString(),
                        "--format",
                        "orders",
                        "--no-content",
                        "--format-out",
                        "json")
                .out());

        Map<String, Double> ndcg = new HashMap<>();
        r.get("algorithms")
                .forEach(
                        a -> ndcg.put(a.get("algorithm").asText(), a.get("ndcg").asDouble()));
        assertThat(ndcg.get("als")).isGreaterThan(ndcg.get("popularity"));
        assertThat(ndcg.get("item-knn")).isGreaterThan(ndcg.get("popularity"));
    }
}
