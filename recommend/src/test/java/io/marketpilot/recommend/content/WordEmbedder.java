package io.marketpilot.recommend.content;

import io.marketpilot.text.embedding.TextEmbedder;
import java.util.Locale;

/**
 * A transparent stand-in for the bge model in unit tests: each distinct word lights one of 1,024 dimensions, so texts
 * that share words are close and texts that share none are orthogonal. It exercises the recommender's arithmetic;
 * the real model is exercised by {@code ContentRecommenderModelTest} and the evaluation.
 */
public final class WordEmbedder implements TextEmbedder {
    @Override
    public float[] embed(String text) {
        float[] v = new float[dimension()];
        for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (!word.isEmpty()) {
                v[Math.floorMod(word.hashCode(), dimension())] += 1;
            }
        }
        return v;
    }

    @Override
    public String model() {
        return "test-words";
    }

    @Override
    public int dimension() {
        return 1024;
    }
}
