package io.marketpilot.core.store;

import io.marketpilot.core.domain.Order;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads and writes orders with their lines. */
public interface OrderRepository {
    Optional<Order> find(String id);

    Page<Order> list(PageRequest page);

    List<Order> forCustomer(String customerId);

    /** Streams every order with its lines in date order, for pipelines that need the whole history. */
    void forEach(Consumer<Order> consumer);

    /** Inserts the order, or replaces it and all its lines when the id exists. */
    void save(Order order);

    long count();

    /**
     * A cheap fingerprint of the order state, {@code count@latest-order-time}: models fitted on the orders compare it
     * to know when to refit without reading every order.
     */
    String changeStamp();

    /** How many order lines the store holds, of every kind. */
    long lineCount();
}
