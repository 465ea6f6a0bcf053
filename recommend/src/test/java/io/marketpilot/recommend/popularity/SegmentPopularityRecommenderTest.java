package io.marketpilot.recommend.popularity;

import static io.marketpilot.recommend.Baskets.concat;
import static io.marketpilot.recommend.Baskets.repeated;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.recommend.Baskets;
import io.marketpilot.recommend.Recommendation;
import io.marketpilot.recommend.Recommender;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentPopularityRecommenderTest {
    private static final String[] BASKETS =
            concat(repeated("young", 3, "energy-drink"), repeated("old", 5, "tea"), new String[] {"young9: tea"});

    private static Map<String, String> segments() {
        Map<String, String> segments = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            segments.put("young" + i, "students");
        }
        segments.put("young9", "students");
        segments.put("newcomer", "students");
        for (int i = 0; i < 5; i++) {
            segments.put("old" + i, "retirees");
        }
        return segments;
    }

    @Test
    void recommendsWhatIsPopularInTheCustomersSegment() {
        SegmentPopularityRecommender recommender = new SegmentPopularityRecommender(segments());
        recommender.fit(Baskets.of(BASKETS));

        Recommendation top = recommender.recommend("young9", 1, true).get(0);

        assertThat(top.itemId()).isEqualTo("energy-drink");
        assertThat(top.reason()).isEqualTo("popular with customers in segment 'students'");
        assertThat(top.score()).isEqualTo(0.75);
    }

    @Test
    void aNewCustomerWithAKnownSegmentGetsTheSegmentList() {
        SegmentPopularityRecommender recommender = new SegmentPopularityRecommender(segments());
        recommender.fit(Baskets.of(BASKETS));

        assertThat(recommender.recommend("newcomer", 2, true))
                .extracting(Recommendation::itemId)
                .containsExactly("energy-drink", "tea");
    }

    @Test
    void customersWithoutSegmentGetGlobalPopularity() {
        SegmentPopularityRecommender recommender = new SegmentPopularityRecommender(segments());
        recommender.fit(Baskets.of(BASKETS));

        Recommendation top = recommender.recommend("walk-in", 1, true).get(0);

        assertThat(top.itemId()).isEqualTo("tea");
        assertThat(top.reason()).isEqualTo(Recommender.POPULAR_REASON);
    }

    @Test
    void aShortSegmentListIsToppedUpWithGlobalFavourites() {
        SegmentPopularityRecommender recommender = new SegmentPopularityRecommender(segments());
        recommender.fit(Baskets.of(concat(BASKETS, new String[] {"old0: biscuits"})));

        assertThat(recommender.recommend("young0", 3, true))
                .extracting(Recommendation::itemId, Recommendation::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("tea", "popular with customers in segment 'students'"),
                        org.assertj.core.groups.Tuple.tuple("biscuits", Recommender.POPULAR_REASON));
    }
}
