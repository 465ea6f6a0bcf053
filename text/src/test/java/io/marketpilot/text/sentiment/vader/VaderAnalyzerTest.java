package io.marketpilot.text.sentiment.vader;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.text.sentiment.SentimentLabel;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VaderAnalyzerTest {
    private static final VaderAnalyzer VADER = VaderAnalyzer.withBundledLexicon();

    @Test
    void scoresTheReadmeExamplesAsThePythonDoes() {
        assertThat(VADER.polarityScores("VADER is smart, handsome, and funny."))
                .isEqualTo(new VaderScores(0.0, 0.254, 0.746, 0.8316));
        assertThat(VADER.polarityScores("VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!"))
                .isEqualTo(new VaderScores(0.0, 0.294, 0.706, 0.9469));
        assertThat(VADER.polarityScores("VADER is not smart, handsome, nor funny."))
                .isEqualTo(new VaderScores(0.646, 0.354, 0.0, -0.7424));
        assertThat(VADER.polarityScores(
                        "The plot was good, but the characters are uncompelling and the dialog is not great."))
                .isEqualTo(new VaderScores(0.327, 0.579, 0.094, -0.7042));
        assertThat(VADER.polarityScores("Make sure you :) or :D today!"))
                .isEqualTo(new VaderScores(0.0, 0.294, 0.706, 0.8633));
    }

    @Test
    void replacesEmojisByTheirDescriptionsBeforeScoring() {
        assertThat(VADER.polarityScores("😀")).isEqualTo(VADER.polarityScores("grinning face"));
        // Python inserts a space before a description only, never after it.
        assertThat(VADER.polarityScores("so fun😀ok")).isEqualTo(VADER.polarityScores("so fun grinning faceok"));
        assertThat(VADER.polarityScores("😀😀")).isEqualTo(VADER.polarityScores("grinning face grinning face"));
        assertThat(VADER.polarityScores("Catch utf-8 emoji such as 💘 and 💋 and 😁")
                        .compound())
                .isEqualTo(0.875);
    }

    @Test
    void splitsWordsOnPythonWhitespaceIncludingNoBreakSpace() {
        assertThat(VADER.polarityScores("good\u00a0movie")).isEqualTo(VADER.polarityScores("good movie"));
        assertThat(VADER.polarityScores("good\u0085movie")).isEqualTo(VADER.polarityScores("good movie"));
    }

    @Test
    void scoresEmptyAndWhitespaceOnlyTextAsZeros() {
        assertThat(VADER.polarityScores("")).isEqualTo(new VaderScores(0.0, 0.0, 0.0, 0.0));
        assertThat(VADER.polarityScores(" \t\r\n\u00a0\u3000 ")).isEqualTo(new VaderScores(0.0, 0.0, 0.0, 0.0));
        assertThat(VADER.polarityScores("").label()).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void scoresAOneMegabyteTextWithoutFailing() {
        StringBuilder text = new StringBuilder();
        String[] parts = {"The service was great ", "but the food was awful! ", "Not bad at all, ", "kind of ok?? "};
        for (int i = 0; text.length() < 1_000_000; i++) {
            text.append(parts[i % parts.length]);
        }

        VaderScores scores = VADER.polarityScores(text.toString());

        assertWellFormed(scores);
        assertThat(scores.neu()).isLessThan(1.0);
    }

    @Test
    void scoresAOneMegabyteWordAndOneMegabyteOfChineseWithoutFailing() {
        assertThat(VADER.polarityScores("good".repeat(250_000))).isEqualTo(new VaderScores(0.0, 1.0, 0.0, 0.0));
        assertThat(VADER.polarityScores("很好".repeat(250_000) + " 😀"))
                .isNotNull()
                .satisfies(s -> assertWellFormed(s));
    }

    @Test
    void scoresBinaryJunkAndControlCharactersWithoutFailing() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            byte[] junk = new byte[1 + random.nextInt(2_000)];
            random.nextBytes(junk);
            assertWellFormed(VADER.polarityScores(new String(junk, StandardCharsets.UTF_8)));
        }
        assertWellFormed(VADER.polarityScores("\u0000\u0001\u0007\b\u001b[31m\u007f\ufffd\ud800 lone surrogate"));
        assertThat(VADER.polarityScores("\u0000\u0001\u001b")).isEqualTo(new VaderScores(0.0, 1.0, 0.0, 0.0));
    }

    @Test
    void scoresOnlyTheEnglishWordsOfMixedEnglishAndChineseText() {
        VaderScores mixed = VADER.polarityScores("I love this 手机, 电池很好 but delivery was terrible");

        assertWellFormed(mixed);
        assertThat(VADER.polarityScores("这个产品非常好，我很喜欢")).isEqualTo(new VaderScores(0.0, 1.0, 0.0, 0.0));
    }

    @Test
    void labelsByTheStandardCompoundThresholds() {
        assertThat(new VaderScores(0, 1, 0, 0.05).label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(new VaderScores(0, 1, 0, 0.0499).label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(new VaderScores(0, 1, 0, -0.0499).label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(new VaderScores(0, 1, 0, -0.05).label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void recordsTheModelWithEverySentimentScore() {
        var score = VADER.polarityScores("What a wonderful day").toSentimentScore();

        assertThat(score.model()).isEqualTo("vader-3.3.2");
        assertThat(score.label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(score.score()).isEqualTo(score.compound());
    }

    private static void assertWellFormed(VaderScores s) {
        assertThat(s.compound()).isBetween(-1.0, 1.0);
        for (double share : new double[] {s.neg(), s.neu(), s.pos()}) {
            assertThat(share).isBetween(0.0, 1.0);
        }
        double total = s.neg() + s.neu() + s.pos();
        assertThat(total == 0.0 || Math.abs(total - 1.0) <= 0.002)
                .as("shares sum to 1: %s", s)
                .isTrue();
    }
}
