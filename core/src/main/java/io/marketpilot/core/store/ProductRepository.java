package io.marketpilot.core.store;

import io.marketpilot.core.domain.Product;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.util.List;
import java.util.Optional;

/** Reads and writes the product catalogue. */
public interface ProductRepository {
    Optional<Product> find(String id);

    Page<Product> list(PageRequest page);

    List<Product> all();

    /** Inserts or replaces the product with the same id. */
    void save(Product product);

    /** Deletes a product that no order references; returns false when it did not exist. */
    boolean delete(String id);

    long count();
}
