package io.marketpilot.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommenderEvaluationMainTest {

    // customers of two tastes: even ones buy even products, odd ones odd products
    private static Path events(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("user_id,item_id,timestamp\n");
        SplittableRandom random = new SplittableRandom(3);
        for (int u = 0; u < 120; u++) {
            for (int e = 0; e < 8; e++) {
                int item = 2 * random.nextInt(20) + u % 2;
                csv.append("u")
                        .append(u)
                        .append(",i")
                        .append(item)
                        .append(',')
                        .append(e * 1000L + u)
                        .append('\n');
            }
        }
        return Files.writeString(dir.resolve("events.csv"), csv);
    }

    @Test
    void printsTheComparisonTableOrJson(@TempDir Path dir) throws IOException {
        String file = events(dir).toString();

        String table = RecommenderEvaluationMain.run(
                new String[] {"--ratings", file, "--format", "csv", "--k", "5", "--no-content"});
        String json = RecommenderEvaluationMain.run(
                new String[] {"--ratings", file, "--format", "csv", "--k", "5", "--no-content", "--json"});

        assertThat(table).contains("popularity").contains("item-knn").contains("als");
        assertThat(json).startsWith("{").contains("\"algorithms\"");
    }

    @Test
    void namesItselfInTheUsageAndRejectsMissingOptions() {
        assertThat(RecommenderEvaluationMain.USAGE).startsWith("usage: RecommenderEvaluationMain --ratings FILE");
        assertThatThrownBy(() -> RecommenderEvaluationMain.run(new String[] {"--format", "csv"}))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("--ratings");
    }
}
