package io.marketpilot.profiling.features;

import io.marketpilot.core.domain.Product;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Numbers the catalogue's categories so that the hot loop over order lines adds into primitive arrays; products
 * without a category, and unknown products, fall under {@code other}.
 */
final class CategoryIndex {
    private final Map<String, Integer> categoryOfProduct = new HashMap<>();
    private final List<String> categories = new ArrayList<>();
    private final int other;

    CategoryIndex(List<Product> products) {
        Map<String, Integer> ids = new HashMap<>();
        ids.put(FeatureDefinition.OTHER_CATEGORY, 0);
        categories.add(FeatureDefinition.OTHER_CATEGORY);
        other = 0;
        for (Product product : products) {
            String name = product.category() == null || product.category().isBlank()
                    ? FeatureDefinition.OTHER_CATEGORY
                    : product.category().strip();
            Integer id = ids.get(name);
            if (id == null) {
                id = categories.size();
                ids.put(name, id);
                categories.add(name);
            }
            categoryOfProduct.put(product.id(), id);
        }
    }

    int categoryOf(@Nullable String productId) {
        if (productId == null) {
            return other;
        }
        Integer id = categoryOfProduct.get(productId);
        return id == null ? other : id;
    }

    int size() {
        return categories.size();
    }

    /**
     * Picks the share columns: the {@code maxColumns} categories with the most sale value each get one, in that
     * order, and everything else shares a final {@code other} column. Capping keeps the matrix narrow for
     * catalogues with hundreds of categories.
     *
     * @param spend sale value per category id
     * @return the column names' categories and, per category id, its column
     */
    Columns columns(double[] spend, int maxColumns) {
        List<Integer> ranked = new ArrayList<>();
        for (int id = 0; id < categories.size(); id++) {
            if (id != other && spend[id] > 0) {
                ranked.add(id);
            }
        }
        ranked.sort((a, b) -> {
            int bySpend = Double.compare(spend[b], spend[a]);
            return bySpend != 0 ? bySpend : categories.get(a).compareTo(categories.get(b));
        });
        List<String> names = new ArrayList<>();
        int[] columnOf = new int[categories.size()];
        int kept = Math.min(maxColumns, ranked.size());
        java.util.Arrays.fill(columnOf, kept);
        for (int i = 0; i < kept; i++) {
            columnOf[ranked.get(i)] = i;
            names.add(categories.get(ranked.get(i)));
        }
        names.add(FeatureDefinition.OTHER_CATEGORY);
        return new Columns(List.copyOf(names), columnOf);
    }

    /** The chosen share columns; {@code columnOf} maps a category id to its column. */
    record Columns(List<String> names, int[] columnOf) {}
}
