package io.marketpilot.recommend;

import io.marketpilot.recommend.data.IdIndex;
import java.util.List;

/** Item-to-item similarity of a fitted model, for "similar products" lists and diversity re-ranking. */
public interface ItemSimilarity {
    /** A short stable name such as {@code item-knn}. */
    String name();

    /** The item numbering the indices below refer to; the model's training items. */
    IdIndex items();

    /** Similarity of two item indices, 1 for an item with itself, 0 when the model links them in no way. */
    double similarity(int a, int b);

    /** The {@code k} items most similar to a product, best first; empty for an unknown product. */
    List<Recommendation> similarItems(String itemId, int k);
}
