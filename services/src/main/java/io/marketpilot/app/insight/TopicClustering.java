package io.marketpilot.app.insight;

import io.marketpilot.profiling.segmentation.AutoKMeans;
import io.marketpilot.profiling.segmentation.KMeansResult;
import io.marketpilot.profiling.segmentation.LloydKMeans;
import io.marketpilot.profiling.segmentation.Points;
import io.marketpilot.text.keywords.AnalyzedCorpus;
import io.marketpilot.text.keywords.TermAnalyzer;
import io.marketpilot.text.language.Language;
import io.marketpilot.text.topics.Topic;
import io.marketpilot.text.topics.TopicNamer;
import java.util.List;
import java.util.Optional;

/**
 * Topics of texts in one language: their embeddings clustered with the profiling module's k-means (k chosen by
 * silhouette between 2 and {@value #K_MAX} unless given; seeded), each cluster named by {@link TopicNamer}.
 */
public final class TopicClustering {
    public static final int K_MAX = 8;
    public static final long SEED = 42;

    private TopicClustering() {}

    /** The topics with the k-means provenance. */
    public record Result(List<Topic> topics, String method, int k, Optional<Double> silhouette) {}

    /** Topics of {@code texts}; empty when there are fewer than three distinct vectors to cluster. */
    public static Optional<Result> cluster(
            List<String> texts,
            double[] sentiment,
            List<float[]> vectors,
            Language language,
            Optional<Integer> k,
            TermAnalyzer analyzer) {
        double[][] x = new double[vectors.size()][];
        for (int i = 0; i < x.length; i++) {
            float[] v = vectors.get(i);
            x[i] = new double[v.length];
            for (int d = 0; d < v.length; d++) {
                x[i][d] = v[d];
            }
        }
        if (x.length < 3) {
            return Optional.empty();
        }
        Points points = Points.of(x);
        if (points.distinctAtMost(3) < 3) {
            return Optional.empty();
        }
        AutoKMeans kmeans = new AutoKMeans(new LloydKMeans());
        KMeansResult fit = k.isPresent()
                ? kmeans.fixed(points, Math.min(k.get(), x.length), SEED)
                : kmeans.auto(points, Math.min(K_MAX, x.length - 1), SEED);
        AnalyzedCorpus corpus = AnalyzedCorpus.of(texts, analyzer);
        List<Topic> topics =
                new TopicNamer(corpus).topics(texts, sentiment, x, fit.labels(), fit.centroids(), language);
        return Optional.of(new Result(
                topics,
                fit.method(),
                fit.k(),
                fit.silhouette().isPresent() ? Optional.of(fit.silhouette().getAsDouble()) : Optional.empty()));
    }
}
