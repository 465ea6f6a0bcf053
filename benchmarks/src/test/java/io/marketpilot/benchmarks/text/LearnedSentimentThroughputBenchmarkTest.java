package io.marketpilot.benchmarks.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnedSentimentThroughputBenchmarkTest {

    @Test
    void scoresABatchOfPositiveReviewsAsPositive(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(
                dir.resolve("happy.txt"),
                "I love this phone, it works great.\n".repeat(LearnedSentimentThroughputBenchmark.BATCH));
        var benchmark = new LearnedSentimentThroughputBenchmark();
        benchmark.corpus = file.toString();
        benchmark.load();

        double sum = benchmark.scoreOneBatch();

        // each score is 2·P(positive) − 1, so a batch of clearly happy sentences sums well above zero
        assertThat(sum).isGreaterThan(LearnedSentimentThroughputBenchmark.BATCH / 2.0);
    }

    @Test
    void refusesACorpusShorterThanABatchAndAnUnknownLanguage(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("short.txt"), "one\ntwo\n");
        var benchmark = new LearnedSentimentThroughputBenchmark();
        benchmark.corpus = file.toString();
        assertThatThrownBy(benchmark::load).hasMessageContaining("at least 32 sentences");

        benchmark.language = "fr";
        assertThatThrownBy(benchmark::load).hasMessageContaining("en or zh");
    }
}
