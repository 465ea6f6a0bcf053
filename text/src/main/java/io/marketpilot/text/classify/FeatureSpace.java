package io.marketpilot.text.classify;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The features a classifier was trained on: the hashed n-gram buckets seen in training (ascending; a bucket never
 * seen carries no weight, so it is not stored) with their IDF, then optionally the sentence embedding. A row is
 * sublinear TF × IDF, L2-normalised within the word block and within the character block, then the embedding
 * (unit length already) scaled by {@link #EMBEDDING_WEIGHT}: three blocks of equal norm.
 */
final class FeatureSpace {
    static final double EMBEDDING_WEIGHT = 1.0;

    private final int[] buckets;
    private final float[] idf;
    private final int blockSize;
    private final int embeddingDimension;

    FeatureSpace(int[] buckets, float[] idf, int blockSize, int embeddingDimension) {
        this.buckets = buckets;
        this.idf = idf;
        this.blockSize = blockSize;
        this.embeddingDimension = embeddingDimension;
    }

    /**
     * The buckets occurring in at least {@code minDocuments} of the training texts, with smoothed IDF
     * ln((1+n)/(1+df)) + 1.
     */
    static FeatureSpace fit(
            List<? extends Map<Integer, Integer>> documents, int blockSize, int minDocuments, int embeddingDimension) {
        TreeMap<Integer, Integer> df = new TreeMap<>();
        for (Map<Integer, Integer> doc : documents) {
            doc.keySet().forEach(bucket -> df.merge(bucket, 1, Integer::sum));
        }
        int[] kept = df.entrySet().stream()
                .filter(e -> e.getValue() >= minDocuments)
                .mapToInt(Map.Entry::getKey)
                .toArray();
        float[] idf = new float[kept.length];
        double n = documents.size();
        for (int k = 0; k < kept.length; k++) {
            idf[k] = (float) (Math.log((1 + n) / (1 + df.getOrDefault(kept[k], 0))) + 1);
        }
        return new FeatureSpace(kept, idf, blockSize, embeddingDimension);
    }

    int dimension() {
        return buckets.length + embeddingDimension;
    }

    int ngramFeatures() {
        return buckets.length;
    }

    int embeddingDimension() {
        return embeddingDimension;
    }

    int blockSize() {
        return blockSize;
    }

    int[] buckets() {
        return buckets.clone();
    }

    float[] idf() {
        return idf.clone();
    }

    /** One row: ascending feature indices and their values. */
    record Row(int[] indices, double[] values) {}

    Row row(SortedMap<Integer, Integer> counts, float @Nullable [] embedding) {
        int[] at = new int[counts.size() + (embedding == null ? 0 : embeddingDimension)];
        double[] values = new double[at.length];
        int used = 0;
        double wordNorm = 0;
        double charNorm = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) { // ascending buckets give ascending indices
            int k = Arrays.binarySearch(buckets, e.getKey());
            if (k < 0) {
                continue;
            }
            double v = (1 + Math.log(e.getValue())) * idf[k];
            at[used] = k;
            values[used++] = v;
            if (e.getKey() < blockSize) {
                wordNorm += v * v;
            } else {
                charNorm += v * v;
            }
        }
        wordNorm = Math.sqrt(wordNorm);
        charNorm = Math.sqrt(charNorm);
        for (int j = 0; j < used; j++) {
            values[j] /= buckets[at[j]] < blockSize ? wordNorm : charNorm;
        }
        if (embedding != null) {
            for (int d = 0; d < embeddingDimension; d++) {
                at[used] = buckets.length + d;
                values[used++] = EMBEDDING_WEIGHT * embedding[d];
            }
        }
        return new Row(Arrays.copyOf(at, used), Arrays.copyOf(values, used));
    }
}
