package io.marketpilot.recommend.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.recommend.Recommendation;
import io.marketpilot.recommend.Recommender;
import io.marketpilot.recommend.data.Interactions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class ContentRecommenderTest {
    public static final Map<String, String> TEXTS = Map.of(
            "scarf", "red wool scarf",
            "hat", "wool winter hat",
            "knife", "steel kitchen knife",
            "pan", "steel kitchen pan",
            "gloves", "wool winter gloves",
            "blank", " ");

    /** Three knitwear buyers, two kitchen buyers; gloves are in the catalogue but nobody bought them yet. */
    public static Interactions shop() {
        Interactions.Builder b = Interactions.builder();
        b.add("ann", "scarf", 1, 1);
        b.add("bob", "scarf", 1, 1).add("bob", "hat", 1, 2);
        b.add("cy", "hat", 1, 1);
        b.add("dee", "knife", 1, 1).add("dee", "pan", 1, 2);
        b.add("eve", "knife", 1, 1);
        b.addItem("gloves").addItem("blank");
        return b.build();
    }

    static ContentRecommender fitted() {
        ContentRecommender content = new ContentRecommender(ItemVectors.embed(new WordEmbedder(), TEXTS));
        content.fit(shop());
        return content;
    }

    @Test
    void recommendsWhatLooksLikeTheCustomersPurchasesIncludingProductsNobodyBoughtYet() {
        List<Recommendation> forAnn = fitted().recommend("ann", 2, true);

        assertThat(forAnn).extracting(Recommendation::itemId).containsExactlyInAnyOrder("hat", "gloves");
        assertThat(forAnn).extracting(Recommendation::reason).containsOnly("similar to scarf");
    }

    @Test
    void kitchenBuyersGetKitchenThings() {
        assertThat(fitted().recommend("eve", 1, true))
                .extracting(Recommendation::itemId)
                .containsExactly("pan");
    }

    @Test
    void unknownCustomersGetPopularityWithThatReason() {
        List<Recommendation> forStranger = fitted().recommend("stranger", 2, true);

        assertThat(forStranger).extracting(Recommendation::reason).containsOnly(Recommender.POPULAR_REASON);
        // scarf, hat and knife have two buyers each; ties go to the earlier product
        assertThat(forStranger).extracting(Recommendation::itemId).containsExactly("scarf", "hat");
    }

    @Test
    void similarItemsAreRankedByDescriptionAndSkipProductsWithoutText() {
        List<Recommendation> similar = fitted().similarItems("gloves", 5);

        assertThat(similar.get(0).itemId()).isEqualTo("hat");
        assertThat(similar).extracting(Recommendation::itemId).doesNotContain("gloves", "blank");
        assertThat(fitted().similarItems("blank", 5)).isEmpty();
    }

    @Test
    void blankTextsGetNoVector() {
        ItemVectors vectors = ItemVectors.embed(new WordEmbedder(), TEXTS);

        assertThat(vectors.size()).isEqualTo(5);
        assertThat(vectors.get("blank")).isEmpty();
        assertThat(vectors.model()).isEqualTo("test-words");
    }
}
