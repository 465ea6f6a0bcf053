package io.marketpilot.content.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BLEU and ROUGE-L against the published reference values (NLTK's documented examples, the ROUGE paper). */
class OverlapMetricsTest {
    static List<String> t(String s) {
        return Arrays.asList(s.split(" "));
    }

    static final List<String> HYP1 =
            t("It is a guide to action which ensures that the military always obeys the commands of the party");
    static final List<String> REF1A =
            t("It is a guide to action that ensures that the military will forever heed Party commands");
    static final List<String> REF1B = t(
            "It is the guiding principle which guarantees the military forces always being under the command of the Party");
    static final List<String> REF1C =
            t("It is the practical guide for the army always to heed the directions of the party");

    @Test
    void sentenceBleuMatchesNltksDocumentedExample() {
        assertThat(Bleu.sentence(List.of(REF1A, REF1B, REF1C), HYP1, false))
                .isCloseTo(0.5045666840058485, within(1e-12));
    }

    @Test
    void corpusBleuPoolsCountsAsNltkDoes() {
        List<String> hyp2 = t("he read the book because he was interested in world history");
        List<String> ref2a = t("he was interested in world history because he read the book");

        double bleu = Bleu.corpus(
                List.of(new Bleu.Pair(List.of(REF1A, REF1B, REF1C), HYP1), new Bleu.Pair(List.of(ref2a), hyp2)));

        assertThat(bleu).isCloseTo(0.5920778868801042, within(1e-12));
    }

    @Test
    void bleuIsOneForAnExactCopyAndZeroWithoutAnyFourGram() {
        assertThat(Bleu.sentence(List.of(REF1A), REF1A, false)).isCloseTo(1.0, within(1e-12));
        assertThat(Bleu.sentence(List.of(t("a b c d")), t("d c b a"), false)).isZero();
        assertThat(Bleu.sentence(List.of(t("a b c d")), t("d c b a"), true)).isPositive();
    }

    @Test
    void rougeLIsTheF1OfTheLongestCommonSubsequence() {
        // LCS "the cat was under the bed" = 6; P = 6/7, R = 6/6
        double f = RougeL.f1(List.of(t("the cat was under the bed")), t("the cat was found under the bed"));

        assertThat(f).isCloseTo(2 * (6.0 / 7) / (6.0 / 7 + 1), within(1e-12));
        assertThat(RougeL.f1(List.of(t("x y"), t("the cat")), t("the cat"))).isEqualTo(1.0);
    }

    @Test
    void chineseIsTokenisedByCharacterAndEnglishByWord() {
        assertThat(Tokens.of("新品到货, It's NEW!")).containsExactly("新", "品", "到", "货", "it's", "new");
    }

    @Test
    void fleschReadingEaseFollowsTheFormula() {
        // 6 words, 6 syllables, 1 sentence: 206.835 − 1.015·6 − 84.6·1
        assertThat(Readability.flesch("The cat sat on the mat.")).isCloseTo(116.145, within(1e-9));
        // 4 words, 1 sentence, 1+3+4+3 = 11 syllables (beautiful = beau-ti-ful → vowel groups eau, i, u)
        assertThat(Readability.flesch("Cat beautiful information university."))
                .isLessThan(Readability.flesch("The cat sat on the mat."));
    }

    @Test
    void chineseReadabilityFallsWithSentenceLength() {
        assertThat(Readability.chinese("新品到了。快来看看。")).isEqualTo(100.0);
        String longSentence = "这是一段非常非常长而且没有任何停顿的句子它一直写下去直到读者完全失去耐心为止真的很长很长很长。";
        assertThat(Readability.chinese(longSentence)).isLessThan(20.0);
        assertThat(Readability.of("新品到了。", "zh").measure()).isEqualTo(Readability.ZH_SENTENCE_LENGTH);
    }

    @Test
    void keywordCoverageIsTheShareOfKeywordsFound() {
        assertThat(KeywordCoverage.of("Fast USB-C cable, now cheaper", List.of("usb-c", "charger"))
                        .getAsDouble())
                .isEqualTo(0.5);
        assertThat(KeywordCoverage.of("text", List.of())).isEmpty();
    }
}
