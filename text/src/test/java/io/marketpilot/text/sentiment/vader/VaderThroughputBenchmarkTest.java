package io.marketpilot.text.sentiment.vader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VaderThroughputBenchmarkTest {

    @Test
    void reportsBestMedianAndWorstRatesOverTheMeasuredRounds() {
        var result = VaderThroughputBenchmark.run(List.of("Great product!", "Terrible support :("), 1, 3);

        assertThat(result.sentencesPerRound()).isEqualTo(2);
        assertThat(result.measuredRounds()).isEqualTo(3);
        assertThat(result.worstPerSecond()).isPositive();
        assertThat(result.bestPerSecond())
                .isGreaterThanOrEqualTo(result.medianPerSecond())
                .isGreaterThanOrEqualTo(result.worstPerSecond());
        assertThat(result.summary()).contains("sentences/s");
    }

    @Test
    void rejectsAnEmptyCorpus() {
        assertThatThrownBy(() -> VaderThroughputBenchmark.run(List.of(), 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buildsTheSameSyntheticCorpusEveryTime() {
        assertThat(VaderThroughputBenchmark.syntheticCorpus()).isEqualTo(VaderThroughputBenchmark.syntheticCorpus());
        assertThat(VaderThroughputBenchmark.repeatToRoundSize(List.of("a", "b")))
                .hasSize(VaderThroughputBenchmark.MIN_SENTENCES_PER_ROUND);
    }
}
