package io.marketpilot.content.score;

import io.marketpilot.text.language.LanguageDetector;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How close copy sounds to the brand's example texts: the cosine between the copy's embedding and the mean of
 * the examples' embeddings in the same language. Empty when the brand has no example in that language.
 */
public final class VoiceSimilarity {
    private final TextVectors vectors;
    private final LanguageDetector languages;
    private final Map<String, float[]> centroids = new ConcurrentHashMap<>();
    private final List<String> examples;

    public VoiceSimilarity(TextVectors vectors, LanguageDetector languages, List<String> examples) {
        this.vectors = vectors;
        this.languages = languages;
        this.examples = List.copyOf(examples);
    }

    public OptionalDouble of(float[] copyVector, String language) {
        float[] centroid = centroids.computeIfAbsent(language, this::centroid);
        return centroid.length == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(TextVectors.cosine(copyVector, centroid));
    }

    private float[] centroid(String language) {
        float[] sum = null;
        for (String e : examples) {
            if (!languages.detect(e).code().equals(language)) {
                continue;
            }
            float[] v = vectors.vector(e, language);
            if (sum == null) {
                sum = new float[v.length];
            }
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        return sum == null ? new float[0] : sum;
    }
}
