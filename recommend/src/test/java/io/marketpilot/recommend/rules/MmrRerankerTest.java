package io.marketpilot.recommend.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.recommend.ItemSimilarity;
import io.marketpilot.recommend.Recommendation;
import io.marketpilot.recommend.ScoredItems;
import io.marketpilot.recommend.data.IdIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

class MmrRerankerTest {
    /** Items 0, 1 and 2 are near-duplicates, and so are 3 and 4 (similarity 0.9); the two groups are unlike. */
    private static final ItemSimilarity CLUSTERED = new ItemSimilarity() {
        @Override
        public String name() {
            return "test";
        }

        @Override
        public IdIndex items() {
            return IdIndex.of(List.of("a", "b", "c", "d", "e"));
        }

        @Override
        public double similarity(int a, int b) {
            return a == b ? 1 : (a < 3) == (b < 3) ? 0.9 : 0;
        }

        @Override
        public List<Recommendation> similarItems(String itemId, int k) {
            return List.of();
        }
    };

    private static final ScoredItems RANKED =
            new ScoredItems(new int[] {0, 1, 2, 3, 4}, new double[] {1.0, 0.95, 0.9, 0.7, 0.5});

    @Test
    void lambdaOneKeepsTheModelOrder() {
        assertThat(MmrReranker.rerank(RANKED, 3, 1.0, CLUSTERED).items()).containsExactly(0, 1, 2);
    }

    @Test
    void lowerLambdaPullsDissimilarItemsForward() {
        // relevance rescaled to [0, 1]: 1, 0.9, 0.8, 0.4, 0. After item 0 at λ = 0.5, item 1 is worth
        // 0.5·0.9 − 0.5·0.9 = 0 and item 3 is worth 0.5·0.4 − 0 = 0.2; then item 1 (0) beats item 4, which is
        // close to item 3 (0 − 0.45)
        assertThat(MmrReranker.rerank(RANKED, 3, 0.5, CLUSTERED).items()).containsExactly(0, 3, 1);
        // at λ = 0.7 item 1 is worth 0.63 − 0.27 = 0.36 > 0.28 for item 3, then item 2 0.29 > 0.28: a mild λ keeps
        // close competitors
        assertThat(MmrReranker.rerank(RANKED, 3, 0.7, CLUSTERED).items()).containsExactly(0, 1, 2);
    }

    @Test
    void keepsTheOriginalScores() {
        ScoredItems reranked = MmrReranker.rerank(RANKED, 2, 0.5, CLUSTERED);

        assertThat(reranked.scores()).containsExactly(1.0, 0.7);
    }
}
