package io.marketpilot.recommend.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.SyntheticInteractions;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommenderEvaluationTest {
    @TempDir
    Path dir;

    private Path writeCsv(Interactions data) throws IOException {
        Path file = dir.resolve("events.csv");
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("user_id,item_id,timestamp\n");
            for (int u = 0; u < data.users().size(); u++) {
                for (int p = data.userItems().rowStart(u); p < data.userItems().rowEnd(u); p++) {
                    w.write(data.users().id(u) + ","
                            + data.items().id(data.userItems().column(p)) + "," + data.firstSeen(p) + "\n");
                }
            }
        }
        return file;
    }

    @Test
    void comparesEveryAlgorithmOnACsvFileWithSegments() throws IOException {
        Path events = writeCsv(SyntheticInteractions.blocks(200, 80, 4, 10, 0.3, 2));
        Path segments = dir.resolve("segments.csv");
        StringBuilder rows = new StringBuilder("user_id,segment\n");
        for (int u = 0; u < 200; u++) {
            rows.append("u").append(u).append(",g").append(u % 4).append('\n');
        }
        Files.writeString(segments, rows);

        EvaluationReport report = RecommenderEvaluation.run(EvaluationOptions.parse(new String[] {
            "--ratings",
            events.toString(),
            "--format",
            "csv",
            "--split",
            "temporal",
            "--k",
            "5",
            "--segments",
            segments.toString()
        }));

        assertThat(report.algorithms())
                .extracting(AlgorithmResult::algorithm)
                .containsExactly("popularity", "segment-popularity", "item-knn", "als");
        assertThat(report.testUsers()).isEqualTo(200);
        assertThat(report.trainInteractions() + report.testInteractions()).isEqualTo(2000);
        assertThat(report.tuning()).isEmpty();
        // the segments are the planted groups, so knowing them must help
        assertThat(report.algorithms().get(1).ndcg())
                .isGreaterThan(report.algorithms().get(0).ndcg());
    }
}
