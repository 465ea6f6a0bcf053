package io.marketpilot.text.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.text.language.Language;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KeywordsTest {
    private static TermAnalyzer analyzer;

    @BeforeAll
    static void open() {
        analyzer = new TermAnalyzer();
    }

    @AfterAll
    static void close() {
        analyzer.close();
    }

    @Test
    void englishTokensAreStemmedWithoutStopWordsAndKeepTheirWrittenForm() {
        List<Token> tokens = analyzer.tokens("The batteries are very weak, but I love the screen");

        assertThat(tokens).extracting(Token::term).containsExactly("batteri", "weak", "love", "screen");
        assertThat(tokens.get(0).surface()).isEqualTo("batteries");
        // the comma and the dropped stop words separate phrase runs; "batteries" and "weak" stay apart from "love"
        assertThat(tokens.get(1).run()).isNotEqualTo(tokens.get(2).run());
    }

    @Test
    void chineseIsSegmentedBySmartcnAndPunctuationEndsARun() {
        List<Token> tokens = analyzer.tokens("物流很快，质量很好");

        assertThat(tokens).extracting(Token::term).contains("物流", "质量");
        Token logistics =
                tokens.stream().filter(t -> t.term().equals("物流")).findFirst().orElseThrow();
        Token quality =
                tokens.stream().filter(t -> t.term().equals("质量")).findFirst().orElseThrow();
        assertThat(logistics.run()).isNotEqualTo(quality.run());
    }

    @Test
    void groupKeywordsAreWhatSetsTheGroupApartFromTheRest() {
        List<String> texts = List.of(
                "battery life is short",
                "the battery died quickly",
                "battery drains overnight",
                "great screen and great price",
                "screen is bright",
                "price was fair for the screen");
        AnalyzedCorpus corpus = AnalyzedCorpus.of(texts, analyzer);
        KeywordExtractor keywords = new KeywordExtractor(corpus);

        List<Keyword> first = keywords.keywords(List.of(0, 1, 2), 3, 2);
        List<Keyword> second = keywords.keywords(List.of(3, 4, 5), 3, 2);

        assertThat(first.get(0).text()).isEqualTo("battery");
        assertThat(first.get(0).documents()).isEqualTo(3);
        assertThat(second).extracting(Keyword::text).startsWith("screen").doesNotContain("battery");
    }

    @Test
    void rakeFindsRepeatedMultiWordPhrases() {
        List<String> texts = List.of(
                "The sound quality is great, the battery life is poor.",
                "The sound quality is superb.",
                "Battery life could be longer; for the price the sound quality was fine.",
                "Shipping was slow.");
        AnalyzedCorpus corpus = AnalyzedCorpus.of(texts, analyzer);

        List<Keyword> phrases = new RakePhrases(corpus).phrases(List.of(0, 1, 2, 3), 5, 2, Language.ENGLISH);

        assertThat(phrases).extracting(Keyword::text).contains("sound quality", "battery life");
        assertThat(phrases).allSatisfy(p -> assertThat(p.documents()).isGreaterThanOrEqualTo(2));
    }
}
