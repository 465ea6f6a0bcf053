package io.marketpilot.text.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.text.keywords.AnalyzedCorpus;
import io.marketpilot.text.keywords.TermAnalyzer;
import io.marketpilot.text.language.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicNamerTest {

    @Test
    void namesClustersByTheirOwnPhrasesAndReportsSizeShareSentimentAndExamples() {
        List<String> texts = List.of(
                "battery life is short",
                "the battery life is poor",
                "battery life was a day",
                "fast delivery service",
                "fast delivery, well packed",
                "delivery service was fast");
        double[][] vectors = {{0, 0}, {0.1, 0}, {0.2, 0}, {5, 5}, {5.1, 5}, {5.2, 5}};
        int[] labels = {0, 0, 0, 1, 1, 1};
        double[][] centroids = {{0.1, 0}, {5.1, 5}};
        double[] sentiment = {-0.5, -0.7, Double.NaN, 0.8, 0.6, 0.7};
        try (TermAnalyzer analyzer = new TermAnalyzer()) {
            List<Topic> topics = new TopicNamer(AnalyzedCorpus.of(texts, analyzer))
                    .topics(texts, sentiment, vectors, labels, centroids, Language.ENGLISH);

            assertThat(topics).hasSize(2);
            assertThat(topics.get(0).name()).contains("battery life").doesNotContain("delivery");
            assertThat(topics.get(1).name()).contains("delivery");
            assertThat(topics.get(0).share()).isEqualTo(0.5);
            assertThat(topics.get(0).meanSentiment().getAsDouble())
                    .isCloseTo(-0.6, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(topics.get(0).examples()).first().isEqualTo("the battery life is poor");
            assertThat(topics.get(1).members()).containsExactly(3, 4, 5);
        }
    }
}
