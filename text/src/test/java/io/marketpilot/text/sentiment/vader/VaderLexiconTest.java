package io.marketpilot.text.sentiment.vader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VaderLexiconTest {

    @Test
    void loadsTheBundledLexiconsFromTheClasspath() {
        VaderLexicon lexicon = VaderLexicon.fromClasspath();

        assertThat(lexicon.size()).isGreaterThan(7_000);
        assertThat(lexicon.valence("good")).hasValue(1.9);
        assertThat(lexicon.emojiDescription("😀".codePointAt(0))).contains("grinning face");
        assertThat(lexicon.emojiCount()).isGreaterThan(1_000);
    }

    @Test
    void keepsKeysVerbatimSoUpperCaseEntriesNeverMatchLikeInPython() {
        VaderLexicon lexicon = VaderLexicon.parse("GOOD\t2.0\t0.5\t[2]\nbad\t-2.5\t0.5\t[-2]\n", "😀\tgrinning face\n");
        VaderAnalyzer analyzer = new VaderAnalyzer(lexicon);

        assertThat(lexicon.valence("GOOD")).hasValue(2.0);
        assertThat(analyzer.polarityScores("GOOD").compound()).isEqualTo(0.0);
        assertThat(analyzer.polarityScores("BAD").compound()).isNegative();
    }

    @Test
    void letsLaterDuplicatesWinAsAPythonDictDoes() {
        VaderLexicon lexicon = VaderLexicon.parse("ok\t0.9\nok\t1.2\n", "😀\tgrinning face\n");

        assertThat(lexicon.valence("ok")).hasValue(1.2);
        assertThat(lexicon.size()).isEqualTo(1);
    }

    @Test
    void rejectsALexiconLineWithoutATab() {
        assertThatThrownBy(() -> VaderLexicon.parse("good 1.9\n", "😀\tgrinning face\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1");
    }
}
