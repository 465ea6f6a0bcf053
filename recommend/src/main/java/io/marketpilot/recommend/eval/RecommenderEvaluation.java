package io.marketpilot.recommend.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.marketpilot.recommend.Recommender;
import io.marketpilot.recommend.als.AlsParameters;
import io.marketpilot.recommend.als.AlsRecommender;
import io.marketpilot.recommend.content.CatalogueEmbedding;
import io.marketpilot.recommend.content.ContentRecommender;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.SegmentsCsvReader;
import io.marketpilot.recommend.hybrid.HybridParameters;
import io.marketpilot.recommend.hybrid.HybridRecommender;
import io.marketpilot.recommend.itemknn.ItemKnnParameters;
import io.marketpilot.recommend.itemknn.ItemKnnRecommender;
import io.marketpilot.recommend.popularity.PopularityRecommender;
import io.marketpilot.recommend.popularity.SegmentPopularityRecommender;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Offline comparison of the recommenders on one interactions file and protocol ({@code bin/marketpilot recommend
 * eval}); the report as a table, or as JSON. With {@code tune}, item-kNN and ALS settings are chosen on a validation
 * split carved from the training part by the same method (seed + 1), then refitted on the whole training part and
 * tested.
 */
public final class RecommenderEvaluation {
    private RecommenderEvaluation() {}

    public static EvaluationReport run(EvaluationOptions options) {
        Interactions data = options.format().read(options.ratings());
        Optional<Map<String, String>> texts =
                options.content() ? options.format().itemTexts(options.ratings()) : Optional.empty();
        return run(options, data, texts);
    }

    /**
     * Evaluates on interactions read elsewhere (e.g. an orders file read by the store's importer rules), with the
     * product texts for the content-based models when there are any; {@code options.format()} is not used.
     */
    public static EvaluationReport run(
            EvaluationOptions options, Interactions data, Optional<Map<String, String>> texts) {
        Split split = options.split().apply(data, options.testFraction(), options.seed());
        List<TuningTrial> tuning = new ArrayList<>();
        ItemKnnParameters knn = ItemKnnParameters.defaults();
        AlsParameters als = AlsParameters.defaults().withSeed(options.seed());
        if (options.tune()) {
            Split validation = options.split().apply(split.train(), options.testFraction(), options.seed() + 1);
            var knnSearch = ParameterSearch.itemKnn(validation, options.k(), RecommenderEvaluation::progress);
            var alsSearch = ParameterSearch.als(validation, options.k(), als, RecommenderEvaluation::progress);
            knn = knnSearch.best();
            als = alsSearch.best();
            tuning.addAll(knnSearch.trials());
            tuning.addAll(alsSearch.trials());
        }
        List<Recommender> recommenders = new ArrayList<>();
        recommenders.add(new PopularityRecommender());
        options.segments()
                .ifPresent(path -> recommenders.add(new SegmentPopularityRecommender(SegmentsCsvReader.read(path))));
        recommenders.add(new ItemKnnRecommender(knn));
        recommenders.add(new AlsRecommender(als));
        if (options.content() && texts.isPresent()) {
            ContentRecommender content = new ContentRecommender(CatalogueEmbedding.embed(texts.get()));
            recommenders.add(content);
            recommenders.add(new HybridRecommender(new AlsRecommender(als), content, HybridParameters.defaults()));
        }
        List<AlgorithmResult> results = new ArrayList<>();
        for (Recommender recommender : recommenders) {
            results.add(Evaluator.evaluate(recommender, split, options.k()));
        }
        return new EvaluationReport(
                options.ratings().getFileName().toString(),
                options.split().label(),
                options.testFraction(),
                options.k(),
                options.seed(),
                data.users().size(),
                data.items().size(),
                split.train().size(),
                split.test().size(),
                Evaluator.testUsers(split),
                results,
                tuning);
    }

    public static String toJson(EvaluationReport report) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evaluation report is not serialisable", e);
        }
    }

    private static void progress(TuningTrial trial) {
        System.err.printf(
                Locale.ROOT,
                "validation %s %s: NDCG %.4f%n",
                trial.algorithm(),
                trial.parameters(),
                trial.validationNdcg());
    }
}
