package io.marketpilot.text.aspects;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.text.keywords.TermAnalyzer;
import io.marketpilot.text.language.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AspectExtractorTest {

    @Test
    void splitsAtClausePunctuationAndBeforeContrast() {
        assertThat(ClauseSplitter.split("Great sound but the battery dies. Love it!"))
                .containsExactly("Great sound", "but the battery dies", "Love it");
        assertThat(ClauseSplitter.split("物流很快，质量很好，但是电池不耐用")).containsExactly("物流很快", "质量很好", "但是电池不耐用");
        assertThat(ClauseSplitter.split("")).isEmpty();
    }

    @Test
    void learnsAspectsFromTheDataAndScoresEachByItsOwnClause() {
        List<List<ScoredClause>> reviews = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reviews.add(List.of(new ScoredClause("great sound", 0.9), new ScoredClause("but the battery dies", -0.8)));
            reviews.add(List.of(new ScoredClause("the battery lasts days", 0.7)));
            reviews.add(List.of(new ScoredClause("the sound is tinny", -0.6)));
            // "awful", "dies" and "days" behave as opinions here: every polar clause with them leans the same way
            reviews.add(List.of(new ScoredClause("awful", -0.9)));
        }
        try (TermAnalyzer analyzer = new TermAnalyzer()) {
            var result = new AspectExtractor(analyzer, word -> false).extract(reviews, Language.ENGLISH, 5, 3);

            assertThat(result.aspects()).extracting(Aspect::text).containsExactlyInAnyOrder("battery", "sound");
            Aspect battery = result.aspects().stream()
                    .filter(a -> a.text().equals("battery"))
                    .findFirst()
                    .orElseThrow();
            assertThat(battery.mentions()).isEqualTo(10);
            assertThat(battery.positive()).isEqualTo(5);
            assertThat(battery.negative()).isEqualTo(5);
            assertThat(battery.meanSentiment()).isCloseTo(-0.05, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(battery.mostNegative()).contains("but the battery dies");
            assertThat(result.mentions()).hasSize(20);
        }
    }

    @Test
    void aLexiconCanRuleOutOpinionWordsTheDataCannotJudge() {
        List<List<ScoredClause>> reviews = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            reviews.add(List.of(new ScoredClause("nice case", 0.1)));
        }
        try (TermAnalyzer analyzer = new TermAnalyzer()) {
            var result =
                    new AspectExtractor(analyzer, word -> word.equals("nice")).extract(reviews, Language.ENGLISH, 5, 3);

            assertThat(result.aspects()).extracting(Aspect::text).containsExactly("case");
        }
    }
}
