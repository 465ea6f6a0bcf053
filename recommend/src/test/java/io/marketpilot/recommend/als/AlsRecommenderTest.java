package io.marketpilot.recommend.als;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.recommend.Recommendation;
import io.marketpilot.recommend.Recommender;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.SyntheticInteractions;
import io.marketpilot.recommend.eval.AlgorithmResult;
import io.marketpilot.recommend.eval.Evaluator;
import io.marketpilot.recommend.eval.Split;
import io.marketpilot.recommend.eval.SplitMethod;
import io.marketpilot.recommend.popularity.PopularityRecommender;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class AlsRecommenderTest {
    private static final AlsParameters SMALL = new AlsParameters(4, 1, 4, 10, 3, 11);
    /** Four planted taste groups, as many as ALS factors; 30 % of purchases are globally popular items. */
    private static final Interactions BLOCKS = SyntheticInteractions.blocks(400, 160, 4, 12, 0.3, 5);

    private static AlsRecommender fitted(AlsParameters parameters, Interactions data) {
        AlsRecommender als = new AlsRecommender(parameters);
        als.fit(data);
        return als;
    }

    @Test
    void recoversPlantedGroupsBetterThanPopularity() {
        Split split = SplitMethod.RANDOM.apply(BLOCKS, 0.2, 1);

        AlgorithmResult als = Evaluator.evaluate(new AlsRecommender(SMALL), split, 10);
        AlgorithmResult popularity = Evaluator.evaluate(new PopularityRecommender(), split, 10);

        assertThat(als.ndcg()).isGreaterThan(popularity.ndcg() * 1.5);
        assertThat(als.precision()).isGreaterThan(popularity.precision());
    }

    @Test
    void recommendsItemsOfTheCustomersOwnGroup() {
        AlsRecommender als = fitted(SMALL, BLOCKS);

        // u1 is in group 1: items 40..79
        List<Recommendation> top = als.recommend("u1", 10, true);

        long inGroup = top.stream()
                .mapToInt(r -> Integer.parseInt(r.itemId().substring(1)))
                .filter(i -> i >= 40 && i < 80)
                .count();
        assertThat(inGroup).isGreaterThanOrEqualTo(8);
        assertThat(top.get(0).reason()).startsWith("because you bought i");
    }

    @Test
    void theSameSeedGivesIdenticalScores() {
        AlsRecommender first = fitted(SMALL, BLOCKS);
        AlsRecommender second = fitted(SMALL, BLOCKS);

        for (int user = 0; user < BLOCKS.users().size(); user += 37) {
            assertThat(second.topItems(user, 20, i -> true)).isEqualTo(first.topItems(user, 20, i -> true));
        }
    }

    @Test
    void theThreadCountDoesNotChangeTheModel() throws Exception {
        // parallel streams started inside a pool run on that pool's threads
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool three = new ForkJoinPool(3);
        try {
            AlsRecommender single = one.submit(() -> fitted(SMALL, BLOCKS)).get();
            AlsRecommender multi = three.submit(() -> fitted(SMALL, BLOCKS)).get();

            for (int user = 0; user < BLOCKS.users().size(); user += 41) {
                assertThat(multi.topItems(user, 20, i -> true)).isEqualTo(single.topItems(user, 20, i -> true));
            }
        } finally {
            one.shutdown();
            three.shutdown();
        }
    }

    @Test
    void anotherSeedGivesOtherFactors() {
        AlsRecommender first = fitted(SMALL, BLOCKS);
        AlsRecommender other = fitted(SMALL.withSeed(12), BLOCKS);

        assertThat(other.topItems(0, 20, i -> true).scores())
                .isNotEqualTo(first.topItems(0, 20, i -> true).scores());
    }

    @Test
    void anUnknownCustomerGetsPopularItemsWithThatReason() {
        AlsRecommender als = fitted(SMALL, BLOCKS);
        PopularityRecommender popularity = new PopularityRecommender();
        popularity.fit(BLOCKS);

        List<Recommendation> top = als.recommend("nobody", 5, true);

        assertThat(top)
                .extracting(Recommendation::itemId)
                .isEqualTo(popularity.recommend("nobody", 5, true).stream()
                        .map(Recommendation::itemId)
                        .toList());
        assertThat(top).extracting(Recommendation::reason).containsOnly(Recommender.POPULAR_REASON);
    }

    @Test
    void similarItemsComeFromTheSameGroup() {
        AlsRecommender als = fitted(SMALL, BLOCKS);

        List<Recommendation> similar = als.similarItems("i100", 5); // group 2: items 80..119

        assertThat(similar).hasSize(5);
        assertThat(similar)
                .extracting(r -> Integer.parseInt(r.itemId().substring(1)))
                .allMatch(i -> i >= 80 && i < 120 && i != 100);
    }
}
