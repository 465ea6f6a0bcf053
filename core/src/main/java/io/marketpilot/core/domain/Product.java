package io.marketpilot.core.domain;

import io.marketpilot.core.input.FieldLimits;
import org.jspecify.annotations.Nullable;

/**
 * A product of the catalogue, with optional Chinese texts for bilingual shops. Price and stock are absent when
 * the source does not know them.
 */
public record Product(
        String id,
        String name,
        @Nullable String category,
        @Nullable String description,
        @Nullable Double price,
        @Nullable Integer stock,
        @Nullable String nameZh,
        @Nullable String descriptionZh) {
    public Product {
        Require.id(id, "product id", FieldLimits.ID);
        Require.fits(name, "name", FieldLimits.PRODUCT_NAME);
        Require.fits(category, "category", FieldLimits.CATEGORY);
        Require.fits(description, "description", FieldLimits.DESCRIPTION);
        Require.fits(nameZh, "nameZh", FieldLimits.PRODUCT_NAME);
        Require.fits(descriptionZh, "descriptionZh", FieldLimits.DESCRIPTION);
    }

    public static Product named(String id, String name) {
        return new Product(id, name, null, null, null, null, null, null);
    }
}
