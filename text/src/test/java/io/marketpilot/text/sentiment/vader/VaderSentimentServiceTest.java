package io.marketpilot.text.sentiment.vader;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.text.sentiment.SentimentLabel;
import io.marketpilot.text.sentiment.SentimentOutcome;
import io.marketpilot.text.sentiment.SentimentOutcome.Scored;
import io.marketpilot.text.sentiment.SentimentOutcome.UnsupportedLanguage;
import org.junit.jupiter.api.Test;

class VaderSentimentServiceTest {
    private static final VaderSentimentService SERVICE = VaderSentimentService.withBundledLexicon();

    @Test
    void scoresEnglishText() {
        SentimentOutcome outcome = SERVICE.analyze("The support team was wonderful!");

        assertThat(outcome).isInstanceOfSatisfying(Scored.class, scored -> {
            assertThat(scored.score().label()).isEqualTo(SentimentLabel.POSITIVE);
            assertThat(scored.score().model()).isEqualTo("vader-3.3.2");
        });
    }

    @Test
    void refusesChineseInsteadOfCallingItNeutral() {
        SentimentOutcome outcome = SERVICE.analyze("这个产品太差了，我非常失望");

        assertThat(outcome).isEqualTo(new UnsupportedLanguage("zh", "vader-3.3.2"));
    }

    @Test
    void refusesEvenlyMixedText() {
        assertThat(SERVICE.analyze("这个很好 but the shipping was really slow"))
                .isEqualTo(new UnsupportedLanguage("und", "vader-3.3.2"));
    }

    @Test
    void scoresEmojiAndEmoticonsWithoutLetters() {
        assertThat(SERVICE.analyze("😀 :)"))
                .isInstanceOfSatisfying(
                        Scored.class, s -> assertThat(s.score().label()).isEqualTo(SentimentLabel.POSITIVE));
    }

    @Test
    void scoresEmptyTextAsNeutral() {
        assertThat(SERVICE.analyze(""))
                .isInstanceOfSatisfying(
                        Scored.class, s -> assertThat(s.score().label()).isEqualTo(SentimentLabel.NEUTRAL));
    }
}
