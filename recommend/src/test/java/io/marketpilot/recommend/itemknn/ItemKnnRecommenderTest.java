package io.marketpilot.recommend.itemknn;

import static io.marketpilot.recommend.Baskets.concat;
import static io.marketpilot.recommend.Baskets.repeated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.recommend.Baskets;
import io.marketpilot.recommend.Recommendation;
import io.marketpilot.recommend.Recommender;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.SyntheticInteractions;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemKnnRecommenderTest {
    /** Tents go with sleeping bags; water is bought by everybody, on its own, and tops the popularity list. */
    private static final Interactions SHOP = Baskets.of(concat(
            repeated("camper", 8, "tent sleeping-bag"),
            repeated("hiker", 3, "tent"),
            repeated("thirsty", 20, "water"),
            new String[] {"newbie: tent"}));

    private static ItemKnnRecommender fitted(Interactions data) {
        ItemKnnRecommender knn = new ItemKnnRecommender(new ItemKnnParameters(50, 1));
        knn.fit(data);
        return knn;
    }

    @Test
    void recommendsTheItemBoughtTogetherRatherThanThePopularOne() {
        Recommendation top = fitted(SHOP).recommend("newbie", 1, true).get(0);

        assertThat(top.itemId()).isEqualTo("sleeping-bag");
        assertThat(top.reason()).isEqualTo("bought together with tent");
    }

    @Test
    void namesTheBoughtItemEvenWhenTheRecommendedItemKeepsOtherNeighbours() {
        // with one neighbour per item, lamp keeps bulb; shade's only neighbour is lamp, so lamp is recommended
        // through shade's list although shade is not on lamp's
        Interactions data =
                Baskets.of(concat(repeated("pair", 10, "lamp bulb"), new String[] {"once: shade lamp", "me: shade"}));
        ItemKnnRecommender knn = new ItemKnnRecommender(new ItemKnnParameters(1, 0));
        knn.fit(data);

        Recommendation top = knn.recommend("me", 1, true).get(0);

        assertThat(top.itemId()).isEqualTo("lamp");
        assertThat(top.reason()).isEqualTo("bought together with shade");
    }

    @Test
    void scoresAreShrunkCosinesOfCoPurchase() {
        // tent: 12 buyers, sleeping bag: 8, together: 8 → 8 / (sqrt(12 · 8) + 1)
        Recommendation top = fitted(SHOP).recommend("newbie", 1, true).get(0);

        assertThat(top.score()).isCloseTo(8 / (Math.sqrt(96) + 1), within(1e-12));
    }

    @Test
    void completesAShortListWithPopularItemsAndSaysSo() {
        List<Recommendation> top = fitted(SHOP).recommend("newbie", 2, true);

        assertThat(top).extracting(Recommendation::itemId).containsExactly("sleeping-bag", "water");
        assertThat(top.get(1).reason()).isEqualTo(Recommender.POPULAR_REASON);
        assertThat(top.get(1).score()).isZero();
    }

    @Test
    void anUnknownCustomerGetsPopularItemsWithThatReason() {
        Recommendation top = fitted(SHOP).recommend("someone-new", 1, true).get(0);

        assertThat(top.itemId()).isEqualTo("water");
        assertThat(top.reason()).isEqualTo("popular with all customers");
    }

    @Test
    void similarItemsAreTheNeighboursBestFirst() {
        ItemKnnRecommender knn = fitted(SHOP);

        assertThat(knn.similarItems("sleeping-bag", 5))
                .extracting(Recommendation::itemId, Recommendation::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tent", "bought together with sleeping-bag"));
        assertThat(knn.similarItems("no-such-item", 5)).isEmpty();
    }

    @Test
    void pairSimilarityIsSymmetricAndAgreesWithTheNeighbourLists() {
        ItemKnnRecommender knn = fitted(SHOP);
        int tent = SHOP.items().indexOf("tent");
        int bag = SHOP.items().indexOf("sleeping-bag");
        int water = SHOP.items().indexOf("water");

        assertThat(knn.similarity(tent, bag))
                .isEqualTo(knn.similarItems("tent", 1).get(0).score());
        assertThat(knn.similarity(tent, water)).isZero();
        assertThat(knn.similarity(tent, tent)).isEqualTo(1.0);
    }

    @Test
    void theSameDataGivesTheSameRecommendations() {
        Interactions data = SyntheticInteractions.blocks(300, 120, 4, 12, 0.3, 5);

        for (String user : List.of("u0", "u17", "u299")) {
            assertThat(fitted(data).recommend(user, 10, true))
                    .isEqualTo(fitted(data).recommend(user, 10, true));
        }
    }
}
