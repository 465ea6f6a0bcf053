package io.marketpilot.app.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentChallengerWriterTest {

    @Test
    void challengersAreAskedToCoverTheWordsOnlyTheWinnerUsed() {
        assertThat(ContentChallengerWriter.distinguishingWords(
                        "Your spring picks, 10 % off this week",
                        List.of("Spring sale: 10 % off", "Shop the spring sale now")))
                .containsExactly("your", "picks", "this");
    }

    @Test
    void chineseWinnersKeepTheirDistinguishingRunsOfCharacters() {
        assertThat(ContentChallengerWriter.distinguishingWords("春季精选 限时八折优惠", List.of("春季精选 全场九折")))
                .containsExactly("限时八折优惠");
    }
}
