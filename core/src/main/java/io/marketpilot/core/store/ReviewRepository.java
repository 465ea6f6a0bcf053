package io.marketpilot.core.store;

import io.marketpilot.core.domain.Review;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.util.List;
import java.util.Optional;

/** Reads and writes reviews and social posts. */
public interface ReviewRepository {
    Optional<Review> find(String id);

    Page<Review> list(PageRequest page);

    List<Review> forProduct(String productId);

    List<Review> forCustomer(String customerId);

    void save(Review review);

    boolean delete(String id);

    long count();
}
