package io.marketpilot.benchmarks.recommend;

import io.marketpilot.recommend.ItemSimilarity;
import io.marketpilot.recommend.Recommender;
import io.marketpilot.recommend.als.AlsParameters;
import io.marketpilot.recommend.als.AlsRecommender;
import io.marketpilot.recommend.content.CatalogueEmbedding;
import io.marketpilot.recommend.content.ContentRecommender;
import io.marketpilot.recommend.data.InteractionFormat;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.SyntheticInteractions;
import io.marketpilot.recommend.hybrid.HybridParameters;
import io.marketpilot.recommend.hybrid.HybridRecommender;
import io.marketpilot.recommend.itemknn.ItemKnnParameters;
import io.marketpilot.recommend.itemknn.ItemKnnRecommender;
import io.marketpilot.recommend.popularity.PopularityRecommender;
import io.marketpilot.recommend.rules.BusinessRuleFilter;
import io.marketpilot.recommend.rules.BusinessRules;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The latency of one recommendation request from a trained model, for a seeded random customer per call: the
 * index-level ranking alone, the full request with ids and reasons, and the full request through the business rules
 * with MMR diversity. Sampled, so JMH reports the median and p99 per request.
 *
 * <p>By default the data are synthetic (20,000 customers × 20,000 products in persona-like blocks); {@code -p
 * ratings=../shared/data/movielens-100k/u.data} (with {@code -p format=movielens|superstore|csv}) reads a file, and
 * with a file that has item texts {@code -p algorithm=content,hybrid} measures the description-based models.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RecommendLatencyBenchmark {
    static final String SYNTHETIC = "synthetic";

    /** {@value #SYNTHETIC}, or the path of an interactions file in {@link #format}. */
    @Param(SYNTHETIC)
    String ratings = SYNTHETIC;

    @Param({"movielens"})
    String format = "movielens";

    @Param({"20000"})
    int syntheticCustomers = 20_000;

    @Param({"20000"})
    int syntheticProducts = 20_000;

    @Param({"popularity", "item-knn", "als"})
    String algorithm = "item-knn";

    @Param({"10"})
    int k = 10;

    // set in @Setup
    private Interactions data;
    private Recommender recommender;
    private BusinessRuleFilter diverse;

    /** Each benchmark thread's own seeded stream of customers. */
    @State(Scope.Thread)
    public static class Customers {
        private final SplittableRandom random = new SplittableRandom(7);

        int next(int customers) {
            return random.nextInt(customers);
        }
    }

    @Setup
    public void train() {
        Optional<Map<String, String>> texts = Optional.empty();
        if (ratings.equals(SYNTHETIC)) {
            data = SyntheticInteractions.blocks(
                    syntheticCustomers, syntheticProducts, 20, Math.min(50, syntheticProducts / 20), 0.3, 1);
        } else {
            InteractionFormat interactionFormat = InteractionFormat.byLabel(format);
            data = interactionFormat.read(Path.of(ratings));
            texts = interactionFormat.itemTexts(Path.of(ratings));
        }
        Fitted fitted = fit(algorithm, data, texts);
        recommender = fitted.recommender();
        diverse = new BusinessRuleFilter(
                recommender,
                BusinessRules.standard().withDiversity(BusinessRules.SUGGESTED_DIVERSITY),
                Optional.of(fitted.similarity()));
    }

    @Benchmark
    public int rankingOnly(Customers customers) {
        int user = customers.next(data.users().size());
        return recommender.topItems(user, k, data.notSeenBy(user)).size();
    }

    @Benchmark
    public int withIdsAndReasons(Customers customers) {
        int user = customers.next(data.users().size());
        return recommender.recommend(data.users().id(user), k, true).size();
    }

    @Benchmark
    public int withRulesAndDiversity(Customers customers) {
        int user = customers.next(data.users().size());
        return diverse.recommend(data.users().id(user), k).size();
    }

    /** A trained model and the item similarities its MMR step uses. */
    private record Fitted(Recommender recommender, ItemSimilarity similarity) {}

    private static Fitted fit(String algorithm, Interactions data, Optional<Map<String, String>> texts) {
        Fitted fitted =
                switch (algorithm) {
                    // popularity has no item similarity of its own: its MMR step borrows item-kNN's
                    case "popularity" -> new Fitted(new PopularityRecommender(), fitted(itemKnn(), data));
                    case "item-knn" -> selfSimilar(itemKnn());
                    case "als" -> selfSimilar(new AlsRecommender(AlsParameters.defaults()));
                    case "content" -> selfSimilar(content(texts));
                    case "hybrid" -> {
                        ContentRecommender content = content(texts);
                        yield new Fitted(
                                new HybridRecommender(
                                        new AlsRecommender(AlsParameters.defaults()),
                                        content,
                                        HybridParameters.defaults()),
                                content);
                    }
                    default -> throw new IllegalArgumentException("no recommender called " + algorithm);
                };
        fitted.recommender().fit(data);
        return fitted;
    }

    private static <R extends Recommender & ItemSimilarity> Fitted selfSimilar(R recommender) {
        return new Fitted(recommender, recommender);
    }

    private static ItemKnnRecommender itemKnn() {
        return new ItemKnnRecommender(ItemKnnParameters.defaults());
    }

    private static ItemKnnRecommender fitted(ItemKnnRecommender recommender, Interactions data) {
        recommender.fit(data);
        return recommender;
    }

    private static ContentRecommender content(Optional<Map<String, String>> texts) {
        return new ContentRecommender(CatalogueEmbedding.embed(texts.orElseThrow(() -> new IllegalArgumentException(
                "content-based models need item texts: give a ratings file that has them (movielens, superstore)"))));
    }
}
