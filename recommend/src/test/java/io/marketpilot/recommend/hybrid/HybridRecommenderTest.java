package io.marketpilot.recommend.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.recommend.Recommendation;
import io.marketpilot.recommend.Recommender;
import io.marketpilot.recommend.content.ContentRecommender;
import io.marketpilot.recommend.content.ContentRecommenderTest;
import io.marketpilot.recommend.content.ItemVectors;
import io.marketpilot.recommend.content.WordEmbedder;
import io.marketpilot.recommend.itemknn.ItemKnnParameters;
import io.marketpilot.recommend.itemknn.ItemKnnRecommender;
import java.util.List;
import org.junit.jupiter.api.Test;

class HybridRecommenderTest {

    private static HybridRecommender fitted(HybridParameters parameters) {
        ContentRecommender content =
                new ContentRecommender(ItemVectors.embed(new WordEmbedder(), ContentRecommenderTest.TEXTS));
        HybridRecommender hybrid =
                new HybridRecommender(new ItemKnnRecommender(ItemKnnParameters.defaults()), content, parameters);
        hybrid.fit(ContentRecommenderTest.shop());
        return hybrid;
    }

    @Test
    void coldProductsReachTheListThroughTheirDescriptionAndSaySo() {
        List<Recommendation> forAnn = fitted(HybridParameters.defaults()).recommend("ann", 3, true);

        assertThat(forAnn).extracting(Recommendation::itemId).contains("hat", "gloves");
        Recommendation gloves = forAnn.stream()
                .filter(r -> r.itemId().equals("gloves"))
                .findFirst()
                .orElseThrow();
        assertThat(gloves.reason()).isEqualTo("similar to scarf");
    }

    @Test
    void collaborativeEvidenceKeepsItsReasonWhereItHasOne() {
        Recommendation top =
                fitted(HybridParameters.defaults()).recommend("ann", 1, true).get(0);

        assertThat(top.itemId()).isEqualTo("hat");
        assertThat(top.reason()).isEqualTo("bought together with scarf");
    }

    @Test
    void unknownCustomersGetPopularity() {
        assertThat(fitted(HybridParameters.defaults()).recommend("stranger", 2, true))
                .extracting(Recommendation::reason)
                .containsOnly(Recommender.POPULAR_REASON);
    }

    @Test
    void theCollaborativeWeightGrowsWithHistory() {
        HybridParameters p = new HybridParameters(100, 60, 2);

        assertThat(p.collaborativeWeight(0)).isZero();
        assertThat(p.collaborativeWeight(2)).isEqualTo(0.5);
        assertThat(p.collaborativeWeight(18)).isEqualTo(0.9);
    }
}
