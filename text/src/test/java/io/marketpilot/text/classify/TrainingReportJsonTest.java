package io.marketpilot.text.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingReportJsonTest {
    @Test
    void aReportReadsBackEqualToTheOneWritten() {
        TrainingReport report = new TrainingReport(
                "reasons",
                "en",
                40,
                Map.of("late", 20, "broken", 20),
                "ngrams+bge-small-en-v1.5",
                1e-4,
                Map.of("ngrams l2=1.0E-4", 0.91, "ngrams+bge-small-en-v1.5 l2=0.001", 0.88),
                0.925,
                0.9241,
                List.of(
                        new ClassMetrics("broken", 0.95, 0.9, 0.924, 20),
                        new ClassMetrics("late", 0.9, 0.95, 0.924, 20)),
                Map.of("broken", Map.of("broken", 18, "late", 2), "late", Map.of("broken", 1, "late", 19)),
                List.of(new LearningPoint(8, 0.7), new LearningPoint(32, 0.9241)),
                1.37,
                2.5);

        assertThat(TrainingReportJson.read(TrainingReportJson.write(report))).isEqualTo(report);
    }
}
