package io.marketpilot.content.score;

/**
 * Sentence embeddings per language (bge-small en/zh in the product), for near-duplicate detection and brand-voice
 * similarity. Vectors of different languages live in different spaces and are never compared.
 */
public interface TextVectors {
    /** An L2-normalised vector of {@code text} in {@code language}'s space. */
    float[] vector(String text, String language);

    /** The embedding model recorded with the scores. */
    String model(String language);

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
