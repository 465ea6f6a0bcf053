package io.marketpilot.recommend.popularity;

import static io.marketpilot.recommend.Baskets.concat;
import static io.marketpilot.recommend.Baskets.repeated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.recommend.Baskets;
import io.marketpilot.recommend.Recommendation;
import io.marketpilot.recommend.Recommender;
import java.util.List;
import org.junit.jupiter.api.Test;

class PopularityRecommenderTest {
    private final PopularityRecommender popularity = new PopularityRecommender();

    @Test
    void ranksByDistinctCustomersNotByQuantity() {
        popularity.fit(Baskets.of(concat(
                repeated("c", 3, "tea"), repeated("d", 2, "coffee"), new String[] {"bulk: cocoa cocoa cocoa cocoa"})));

        List<Recommendation> top = popularity.recommend("stranger", 3, true);

        assertThat(top).extracting(Recommendation::itemId).containsExactly("tea", "coffee", "cocoa");
        assertThat(top).extracting(Recommendation::score).containsExactly(3.0, 2.0, 1.0);
        assertThat(top).extracting(Recommendation::reason).containsOnly(Recommender.POPULAR_REASON);
    }

    @Test
    void leavesOutWhatTheCustomerAlreadyHasOnlyWhenAsked() {
        popularity.fit(Baskets.of(concat(repeated("c", 3, "tea"), repeated("d", 2, "coffee"))));

        assertThat(popularity.recommend("c0", 1, true))
                .extracting(Recommendation::itemId)
                .containsExactly("coffee");
        assertThat(popularity.recommend("c0", 1, false))
                .extracting(Recommendation::itemId)
                .containsExactly("tea");
    }

    @Test
    void fillUpAppendsPopularItemsWithScoreZero() {
        popularity.fit(Baskets.of(concat(repeated("c", 3, "tea"), repeated("d", 2, "coffee"))));
        var coffee = popularity.training().items().indexOf("coffee");
        var primary = new io.marketpilot.recommend.ScoredItems(new int[] {coffee}, new double[] {0.9});

        var filled = popularity.fillUp(primary, 3, i -> true);

        assertThat(filled.items())
                .containsExactly(coffee, popularity.training().items().indexOf("tea"));
        assertThat(filled.scores()).containsExactly(0.9, 0.0);
    }

    @Test
    void refusesToRecommendNothing() {
        popularity.fit(Baskets.of("a: tea"));

        assertThatThrownBy(() -> popularity.recommend("a", 0, true))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("at least 1");
    }

    @Test
    void cannotBeUsedBeforeFit() {
        assertThatThrownBy(() -> popularity.recommend("a", 1, true)).isInstanceOf(IllegalStateException.class);
    }
}
