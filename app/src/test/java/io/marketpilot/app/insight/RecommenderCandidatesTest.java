package io.marketpilot.app.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.domain.Product;
import io.marketpilot.recommend.eval.AlgorithmResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecommenderCandidatesTest {

    private static AlgorithmResult scored(String algorithm, double ndcg) {
        return new AlgorithmResult(algorithm, "", 0, 0, ndcg, 0, 0, 0);
    }

    @Test
    void servesThePersonalModelWithTheBestHoldOutNdcgNeverPopularity() {
        assertThat(RecommenderCandidates.best(List.of(
                        scored("popularity", 0.9),
                        scored("item-knn", 0.41),
                        scored("als", 0.40),
                        scored("hybrid", 0.42))))
                .isEqualTo("hybrid");
    }

    @Test
    void withoutProductTextsOnlyTheCollaborativeCandidatesRun() {
        assertThat(new RecommenderCandidates(Optional.empty(), 1).names())
                .containsExactly("popularity", "item-knn", "als");
    }

    @Test
    void theContentModelReadsNameCategoryAndDescriptionFallingBackToChinese() {
        var texts = SalesInteractions.texts(List.of(
                new Product("P1", "Wool scarf", "Knitwear", "Warm and soft.", 10.0, null, null, null),
                new Product("P2", " ", null, null, 5.0, null, "羊毛帽", "保暖柔软。")));

        assertThat(texts.get("P1")).isEqualTo("Wool scarf. Knitwear. Warm and soft.");
        assertThat(texts.get("P2")).isEqualTo("羊毛帽. 保暖柔软。");
    }
}
