package io.marketpilot.recommend.rules;

import static io.marketpilot.recommend.Baskets.concat;
import static io.marketpilot.recommend.Baskets.repeated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.recommend.Baskets;
import io.marketpilot.recommend.ItemSimilarity;
import io.marketpilot.recommend.Recommendation;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.itemknn.ItemKnnParameters;
import io.marketpilot.recommend.itemknn.ItemKnnRecommender;
import io.marketpilot.recommend.popularity.PopularityRecommender;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessRuleFilterTest {
    /** Popularity order: tea (6), coffee (5), cocoa (4), juice (3). */
    private static final Interactions SHOP = Baskets.of(concat(
            repeated("t", 6, "tea"),
            repeated("c", 5, "coffee"),
            repeated("k", 4, "cocoa"),
            repeated("j", 3, "juice"),
            new String[] {"ann: tea"}));

    private static List<String> ids(List<Recommendation> recommendations) {
        return recommendations.stream().map(Recommendation::itemId).toList();
    }

    private static PopularityRecommender popularity() {
        PopularityRecommender popularity = new PopularityRecommender();
        popularity.fit(SHOP);
        return popularity;
    }

    @Test
    void leavesOutBoughtItemsByDefault() {
        var filter = new BusinessRuleFilter(popularity(), BusinessRules.standard(), Optional.empty());

        assertThat(ids(filter.recommend("ann", 2))).containsExactly("coffee", "cocoa");
    }

    @Test
    void canKeepBoughtItemsForRepeatPurchases() {
        var filter =
                new BusinessRuleFilter(popularity(), BusinessRules.standard().includingBought(), Optional.empty());

        assertThat(ids(filter.recommend("ann", 2))).containsExactly("tea", "coffee");
    }

    @Test
    void leavesOutReturnedItemsOfThatCustomerOnly() {
        BusinessRules rules = BusinessRules.standard().withReturns(Map.of("ann", Set.of("coffee")));
        var filter = new BusinessRuleFilter(popularity(), rules, Optional.empty());

        assertThat(ids(filter.recommend("ann", 2))).containsExactly("cocoa", "juice");
        assertThat(ids(filter.recommend("someone", 2))).containsExactly("tea", "coffee");
    }

    @Test
    void showsOnlyItemsInStockAndTreatsUnlistedItemsAsOutOfStock() {
        BusinessRules rules = BusinessRules.standard().withStock(Map.of("coffee", 0, "cocoa", 12, "tea", 3));
        var filter = new BusinessRuleFilter(popularity(), rules, Optional.empty());

        assertThat(ids(filter.recommend("ann", 3))).containsExactly("cocoa");
        assertThat(ids(filter.recommend("someone", 3))).containsExactly("tea", "cocoa");
    }

    @Test
    void diversityReplacesANearDuplicateWithSomethingDifferent() {
        // hiking boots and hiking socks are always bought together; sunscreen is bought with tents, never with them
        Interactions data = Baskets.of(concat(
                repeated("h", 10, "boots socks"),
                repeated("s", 9, "sunscreen tent"),
                repeated("j", 2, "juice"),
                new String[] {"me: tent"}));
        PopularityRecommender popularity = new PopularityRecommender();
        popularity.fit(data);
        ItemKnnRecommender knn = new ItemKnnRecommender(new ItemKnnParameters(10, 0));
        knn.fit(data);

        var plain = new BusinessRuleFilter(popularity, BusinessRules.standard(), Optional.empty());
        var diverse = new BusinessRuleFilter(
                popularity, BusinessRules.standard().withDiversity(0.5), Optional.<ItemSimilarity>of(knn));

        assertThat(ids(plain.recommend("me", 2))).containsExactly("boots", "socks");
        assertThat(ids(diverse.recommend("me", 2))).containsExactly("boots", "sunscreen");
    }

    @Test
    void diversityNeedsASimilarity() {
        assertThatThrownBy(() -> new BusinessRuleFilter(
                        popularity(), BusinessRules.standard().withDiversity(0.7), Optional.empty()))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("similarity");
    }

    @Test
    void rejectsAnMmrLambdaOutsideTheUnitInterval() {
        assertThatThrownBy(() -> BusinessRules.standard().withDiversity(0))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("(0, 1]");
    }
}
