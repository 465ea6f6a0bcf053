package io.marketpilot.content;

import java.util.List;

/**
 * The answer to one brief: its variants, how many near-duplicates were dropped and the embedding model that
 * judged them.
 */
public record Generation(List<Variant> variants, int droppedNearDuplicates, String embeddingModel) {
    public Generation {
        variants = List.copyOf(variants);
    }
}
