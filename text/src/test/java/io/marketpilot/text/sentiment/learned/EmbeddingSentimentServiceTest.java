package io.marketpilot.text.sentiment.learned;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.text.sentiment.SentimentLabel;
import io.marketpilot.text.sentiment.SentimentOutcome;
import io.marketpilot.text.sentiment.SentimentScore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the shipped heads on the real in-process models; they load once for the class (a few seconds). */
class EmbeddingSentimentServiceTest {
    private static EmbeddingSentimentService service;

    @BeforeAll
    static void loadModels() {
        service = EmbeddingSentimentService.bundled();
    }

    private static SentimentScore score(String text) {
        SentimentOutcome outcome = service.analyze(text);
        assertThat(outcome).isInstanceOf(SentimentOutcome.Scored.class);
        return ((SentimentOutcome.Scored) outcome).score();
    }

    @Test
    void scoresPraiseOfAPhonePositiveWithTheEnglishModel() {
        SentimentScore s = score("I love this phone, it works great");
        assertThat(s.label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(s.score()).isPositive().isEqualTo(s.compound()).isEqualTo(s.pos() * 2 - 1);
        assertThat(s.pos() + s.neg()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.neu()).isZero();
        assertThat(s.model()).isEqualTo("bge-small-en-v1.5+logreg/1");
    }

    @Test
    void scoresABrokenProductAndSilentSupportNegative() {
        SentimentScore s = score("Terrible, it broke after a day and support never answered");
        assertThat(s.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(s.score()).isNegative();
    }

    @Test
    void scoresChinesePraisePositiveWithTheChineseModel() {
        SentimentScore s = score("质量很好，非常满意");
        assertThat(s.label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(s.model()).isEqualTo("bge-small-zh-v1.5-q+logreg/1");
    }

    @Test
    void scoresChineseDisappointmentNegative() {
        assertThat(score("太差了，很失望").label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void reportsEmptyTextAsNeutralWithScoreZero() {
        SentimentScore s = score("   ");
        assertThat(s.label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(s.score()).isZero();
    }

    @Test
    void scoresMixedJunkAndHugeTextWithoutFailing() {
        String junk = "\u0000\uFFFD\uD83D\uDE00 这个很好 but the shipping was slow ¯\\_(ツ)_/¯ \u0007 %%%% 12345";
        assertThat(score(junk).score()).isBetween(-1.0, 1.0);
        assertThat(score("\uD83D\uDE00\uD83D\uDE00!!!").model()).isEqualTo("bge-small-en-v1.5+logreg/1");
        String huge = "great value, works perfectly. ".repeat(40_000); // 1.2 million characters
        long start = System.nanoTime();
        assertThat(score(huge).label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(20);
    }
}
