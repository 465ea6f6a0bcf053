package io.marketpilot.text.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.text.embedding.BilingualEmbedder;
import io.marketpilot.text.language.Language;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped emotion models on the real embedders: a handful of texts, so the test stays a few seconds. */
class EmotionServiceTest {
    private static BilingualEmbedder embedders;
    private static EmotionService service;

    @BeforeAll
    static void load() {
        embedders = BilingualEmbedder.bgeSmall();
        service = EmotionService.bundled(embedders);
    }

    @Test
    void theShippedEnglishModelReadsPlainEmotionsWithCalibratedScoresOverTheSevenLabels() {
        List<EmotionOutcome> out = service.analyzeAll(List.of(
                "I am furious, they lied to me and kept my money",
                "Thank you so much, I love this shop and the people in it",
                " "));

        assertThat(label(out.get(0))).isEqualTo(EmotionLabels.ANGER);
        assertThat(label(out.get(1))).isEqualTo(EmotionLabels.LOVE);
        assertThat(out.get(2)).isInstanceOf(EmotionOutcome.NotClassified.class);
        EmotionScore score = ((EmotionOutcome.Classified) out.get(0)).score();
        assertThat(score.scores().keySet()).containsExactlyElementsOf(EmotionLabels.ALL);
        assertThat(score.scores().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(1.0, within(1e-9));
        assertThat(score.model()).isEqualTo("bge-small-en-v1.5+ngrams+softmax/emotion-en");
        assertThat(service.labels()).isEqualTo(EmotionLabels.ALL);
    }

    @Test
    void aStoredVectorScoresLikeTheTextItself() {
        String text = "I was so scared the parcel would never come";
        float[] vector = embedders.forText(text).embed(text);

        EmotionScore direct = ((EmotionOutcome.Classified) service.analyze(text)).score();

        assertThat(service.scoreVector(text, vector)).isEqualTo(direct);
    }

    @Test
    void chineseTextGoesToTheBundledChineseModel() {
        EmotionOutcome out = service.analyze("气死我了，客服一直骗我，钱也不退");

        assertThat(service.reads(Language.CHINESE)).isTrue();
        assertThat(out).isInstanceOfSatisfying(EmotionOutcome.Classified.class, c -> {
            assertThat(c.score().model()).isEqualTo("bge-small-zh-v1.5-q+ngrams+softmax/emotion-zh");
            assertThat(c.score().scores().keySet()).containsExactlyElementsOf(EmotionLabels.ALL);
        });
    }

    private static String label(EmotionOutcome outcome) {
        return ((EmotionOutcome.Classified) outcome).score().label();
    }
}
