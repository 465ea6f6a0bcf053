package io.marketpilot.recommend.eval;

import io.marketpilot.core.MarketPilotException;
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
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;

/**
 * Times single recommendation requests from trained models, one request at a time on one thread, after warm-up:
 * the index-level ranking alone, the full request with ids and reasons, and the full request through business
 * rules with MMR diversity. Prints median and p99 in microseconds.
 *
 * <p>Run: {@code RecommendLatencyBenchmark --ratings u.data --format movielens [--k 10] [--requests 20000]} or
 * {@code RecommendLatencyBenchmark --synthetic 20000 20000} (users, items).
 */
public final class RecommendLatencyBenchmark {
    /** Results flow here so that the JIT cannot drop a request as dead code. */
    private static volatile long sink;

    private static final int WARM_UP_SECONDS = 3;

    private RecommendLatencyBenchmark() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (MarketPilotException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void run(String[] args) {
        Interactions data = null;
        String name = "";
        int k = 10;
        int requests = 20_000;
        Path ratings = null;
        InteractionFormat format = null;
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--ratings" -> ratings = Path.of(args[++a]);
                case "--format" -> {
                    format = InteractionFormat.byLabel(args[++a]);
                    data = format.read(ratings);
                    name = ratings.getFileName().toString();
                }
                case "--synthetic" -> {
                    int users = Integer.parseInt(args[++a]);
                    int items = Integer.parseInt(args[++a]);
                    data = SyntheticInteractions.blocks(users, items, 20, Math.min(50, items / 20), 0.3, 1);
                    name = "synthetic " + users + "x" + items;
                }
                case "--k" -> k = Integer.parseInt(args[++a]);
                case "--requests" -> requests = Integer.parseInt(args[++a]);
                default ->
                    throw MarketPilotException.invalid("usage: RecommendLatencyBenchmark (--ratings FILE --format"
                            + " movielens|uci-retail|csv | --synthetic USERS ITEMS) [--k 10] [--requests 20000]");
            }
        }
        if (data == null) {
            throw MarketPilotException.invalid("give --ratings FILE --format F (in this order) or --synthetic U I");
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %d users, %d items, %d interactions; k=%d, %d timed requests after at least as many warm-up ones and 3 s,"
                        + " %d cores%n",
                name,
                data.users().size(),
                data.items().size(),
                data.size(),
                k,
                requests,
                Runtime.getRuntime().availableProcessors());
        // popularity has no item similarity of its own: its MMR run borrows item-kNN's, fitted first
        ItemKnnRecommender knn = new ItemKnnRecommender(ItemKnnParameters.defaults());
        double knnSeconds = fit(knn, data);
        benchmark(new PopularityRecommender(), knn, data, k, requests, -1);
        benchmark(knn, knn, data, k, requests, knnSeconds);
        benchmark(new AlsRecommender(AlsParameters.defaults()), null, data, k, requests, -1);
        if (ratings != null && format != null) {
            Optional<Map<String, String>> texts = format.itemTexts(ratings);
            if (texts.isPresent()) {
                ContentRecommender content = new ContentRecommender(CatalogueEmbedding.embed(texts.get()));
                benchmark(content, null, data, k, requests, -1);
                HybridRecommender hybrid = new HybridRecommender(
                        new AlsRecommender(AlsParameters.defaults()), content, HybridParameters.defaults());
                benchmark(hybrid, content, data, k, requests, -1);
            }
        }
    }

    private static double fit(Recommender recommender, Interactions data) {
        long start = System.nanoTime();
        recommender.fit(data);
        return (System.nanoTime() - start) / 1e9;
    }

    /** @param fitSeconds the time of an earlier fit, or negative to fit here */
    private static void benchmark(
            Recommender recommender,
            ItemSimilarity borrowed,
            Interactions data,
            int k,
            int requests,
            double fitSeconds) {
        if (fitSeconds < 0) {
            fitSeconds = fit(recommender, data);
        }
        ItemSimilarity similarity = recommender instanceof ItemSimilarity own ? own : borrowed;
        int users = data.users().size();
        int n = k;
        var diverse = new BusinessRuleFilter(
                recommender,
                BusinessRules.standard().withDiversity(BusinessRules.SUGGESTED_DIVERSITY),
                Optional.of(similarity));
        System.out.printf(Locale.ROOT, "%-11s fit %7.2f s%n", recommender.name(), fitSeconds);
        report("  ranking only", time(users, requests, u -> recommender
                .topItems(u, n, data.notSeenBy(u))
                .size()));
        report("  with ids and reasons", time(users, requests, u -> recommender
                .recommend(data.users().id(u), n, true)
                .size()));
        report("  rules + MMR 0.7", time(users, requests, u -> diverse.recommend(
                        data.users().id(u), n)
                .size()));
    }

    /**
     * Per-request nanoseconds of {@code requests} calls for seeded random users, after at least as many warm-up calls
     * and {@value #WARM_UP_SECONDS} s: on a busy machine the JIT compiler threads get little CPU, and a count alone
     * would time interpreted or C1 code.
     */
    private static long[] time(int users, int requests, IntUnaryOperator request) {
        SplittableRandom random = new SplittableRandom(7);
        long warmUpEnd = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        for (int i = 0; i < requests || System.nanoTime() < warmUpEnd; i++) {
            sink += request.applyAsInt(random.nextInt(users));
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            int user = random.nextInt(users);
            long t0 = System.nanoTime();
            sink += request.applyAsInt(user);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String what, long[] sorted) {
        System.out.printf(
                Locale.ROOT,
                "%-24s median %8.1f µs   p99 %8.1f µs%n",
                what,
                sorted[sorted.length / 2] / 1e3,
                sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e3);
    }
}
