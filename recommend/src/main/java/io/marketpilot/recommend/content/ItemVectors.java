package io.marketpilot.recommend.content;

import io.marketpilot.text.embedding.TextEmbedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Unit-length text embeddings of products, by product id, all in one embedding space (one model), so that any two
 * can be compared by their dot product.
 */
public final class ItemVectors {
    private final Map<String, float[]> vectors;
    private final String model;
    private final int dimension;

    private ItemVectors(Map<String, float[]> vectors, String model, int dimension) {
        this.vectors = Map.copyOf(vectors);
        this.model = model;
        this.dimension = dimension;
    }

    /**
     * Embeds every product's text in one batch. Blank texts get no vector: such products are never recommended
     * for their content, only by the other models.
     */
    public static ItemVectors embed(TextEmbedder embedder, Map<String, String> textsById) {
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        textsById.forEach((id, text) -> {
            if (text != null && !text.isBlank()) {
                ids.add(id);
                texts.add(text);
            }
        });
        List<float[]> embedded = embedder.embedAll(texts);
        Map<String, float[]> byId = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byId.put(ids.get(i), normalised(embedded.get(i)));
        }
        return new ItemVectors(byId, embedder.model(), embedder.dimension());
    }

    /** The product's vector, when it had a text. */
    public Optional<float[]> get(String itemId) {
        return Optional.ofNullable(vectors.get(itemId));
    }

    public int size() {
        return vectors.size();
    }

    /** The embedding model, for provenance. */
    public String model() {
        return model;
    }

    public int dimension() {
        return dimension;
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = v.clone();
        if (norm > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] /= (float) norm;
            }
        }
        return out;
    }
}
