package io.marketpilot.recommend.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.recommend.Recommender;
import io.marketpilot.recommend.ScoredItems;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.SyntheticInteractions;
import io.marketpilot.recommend.itemknn.ItemKnnParameters;
import io.marketpilot.recommend.itemknn.ItemKnnRecommender;
import io.marketpilot.recommend.popularity.PopularityRecommender;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final Interactions DATA = SyntheticInteractions.blocks(200, 80, 4, 10, 0.3, 2);
    private static final Split SPLIT = SplitMethod.RANDOM.apply(DATA, 0.2, 4);

    /** Cheats by ranking each user's held-out items first: every metric must come out perfect. */
    private static final class Oracle implements Recommender {
        private Interactions training;

        @Override
        public String name() {
            return "oracle";
        }

        @Override
        public String parameters() {
            return "";
        }

        @Override
        public void fit(Interactions data) {
            training = data;
        }

        @Override
        public Interactions training() {
            return training;
        }

        @Override
        public ScoredItems topItems(int user, int n, IntPredicate allowed) {
            var test = SPLIT.test().userItems();
            int size = Math.min(n, test.rowLength(user));
            int[] items = new int[size];
            for (int r = 0; r < size; r++) {
                items[r] = test.column(test.rowStart(user) + r);
            }
            return new ScoredItems(items, new double[size]);
        }

        @Override
        public String reason(int user, int item) {
            return "";
        }
    }

    @Test
    void aRecommenderThatKnowsTheTestSetScoresPerfectNdcgAndMap() {
        AlgorithmResult result = Evaluator.evaluate(new Oracle(), SPLIT, 2);

        assertThat(result.ndcg()).isCloseTo(1.0, within(1e-12));
        assertThat(result.map()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void popularityShowsAlmostTheSameItemsToEveryone() {
        AlgorithmResult popularity = Evaluator.evaluate(new PopularityRecommender(), SPLIT, 5);
        AlgorithmResult knn = Evaluator.evaluate(new ItemKnnRecommender(new ItemKnnParameters(20, 5)), SPLIT, 5);

        assertThat(popularity.coverage()).isLessThan(knn.coverage());
        assertThat(knn.ndcg()).isGreaterThan(popularity.ndcg());
        assertThat(knn.trainSeconds()).isNotNegative();
    }

    @Test
    void theReportSerialisesWithSnakeCaseFieldNames() throws Exception {
        AlgorithmResult result = new AlgorithmResult("als", "factors=8", 0.3, 0.2, 0.4, 0.25, 0.5, 1.5);
        EvaluationReport report = new EvaluationReport(
                "u.data", "random", 0.2, 10, 42, 943, 1682, 80000, 20000, 943, List.of(result), List.of());

        JsonNode json = new ObjectMapper().readTree(RecommenderEvaluation.toJson(report));

        assertThat(json.get("train_interactions").asInt()).isEqualTo(80000);
        JsonNode als = json.get("algorithms").get(0);
        assertThat(als.get("train_seconds").asDouble()).isEqualTo(1.5);
        assertThat(als.get("ndcg").asDouble()).isEqualTo(0.4);
        assertThat(als.has("trainSeconds")).isFalse();
        assertThat(report.toTable()).contains("NDCG@10").contains("0.4000");
    }
}
