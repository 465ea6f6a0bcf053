package io.marketpilot.text.embedding;

import java.util.ArrayList;
import java.util.List;

/** Turns text into a fixed-length, L2-normalised vector for the classifiers built on top of it. */
public interface TextEmbedder {

    /** The embedding of one text; never null, always {@link #dimension()} long. */
    float[] embed(String text);

    /** The embedding model's name and version, recorded with everything trained or scored on it. */
    String model();

    /** The length of every vector this embedder returns. */
    int dimension();

    /** Embeds many texts at once; implementations batch the model calls, which is much faster than one by one. */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        texts.forEach(text -> vectors.add(embed(text)));
        return vectors;
    }
}
