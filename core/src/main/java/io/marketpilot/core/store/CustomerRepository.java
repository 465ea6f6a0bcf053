package io.marketpilot.core.store;

import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads and writes customers. */
public interface CustomerRepository {
    Optional<Customer> find(String id);

    Page<Customer> list(PageRequest page);

    /** Every customer in id order, streamed from one query (see {@link EventRepository#forEach}). */
    void forEach(Consumer<Customer> consumer);

    /** Inserts or replaces the customer with the same id. */
    void save(Customer customer);

    long count();

    /** Every customer's name, for the LLM gateway's redactor (names are personal data that must not leave). */
    List<String> names();
}
