package io.marketpilot.text.classify;

import io.marketpilot.text.embedding.BilingualEmbedder;
import io.marketpilot.text.embedding.TextEmbedder;
import io.marketpilot.text.language.LanguageDetector;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deterministic stand-in for the ONNX models: each word adds a pseudo-random unit direction, the sum is
 * normalised. Fast, and similar texts get similar vectors, which is all the classifier's logic needs.
 */
final class FakeEmbedder implements TextEmbedder {
    static final int DIMENSION = 16;
    private final String name;
    final AtomicInteger embedded = new AtomicInteger();

    FakeEmbedder(String name) {
        this.name = name;
    }

    static BilingualEmbedder pair() {
        return new BilingualEmbedder(new LanguageDetector(), new FakeEmbedder("fake-en"), new FakeEmbedder("fake-zh"));
    }

    @Override
    public float[] embed(String text) {
        embedded.incrementAndGet();
        float[] v = new float[DIMENSION];
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            java.util.Random r = new java.util.Random(word.hashCode());
            for (int d = 0; d < DIMENSION; d++) {
                v[d] += (float) r.nextGaussian();
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int d = 0; d < DIMENSION; d++) {
            v[d] /= (float) Math.max(Math.sqrt(norm), 1e-9);
        }
        return v;
    }

    @Override
    public String model() {
        return name;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }
}
