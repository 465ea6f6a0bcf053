package io.marketpilot.content.brief;

import java.util.Optional;

/**
 * The product a text features, in the text's language.
 *
 * @param id SKU
 * @param name name
 * @param category category, or empty
 * @param description catalogue description, or empty
 * @param price price when known
 */
public record ProductFacts(String id, String name, String category, String description, Optional<Double> price) {
    public ProductFacts {
        category = category == null ? "" : category;
        description = description == null ? "" : description;
    }
}
