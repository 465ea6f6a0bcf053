package io.marketpilot.imports;

import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.CustomerAttribute;
import io.marketpilot.core.domain.Event;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.Product;
import io.marketpilot.core.domain.Review;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a checked file will write. "Derived" customers and products come from order layouts that only mention them
 * (UCI, Superstore, CDNOW): they are created when missing but never overwrite what the store knows.
 */
public final class ImportBatch {
    public final List<Customer> customers = new ArrayList<>();
    /**
     * The extra columns of a customer file, per customer of the file: each one's attributes replace what the store
     * holds for them (an empty list removes them), as the row replaces the customer's fields.
     */
    public final Map<String, List<CustomerAttribute>> customerAttributes = new LinkedHashMap<>();

    public final Map<String, Customer> derivedCustomers = new LinkedHashMap<>();
    public final List<Product> products = new ArrayList<>();
    public final Map<String, Product> derivedProducts = new LinkedHashMap<>();
    public final List<Order> orders = new ArrayList<>();
    public final List<Event> events = new ArrayList<>();
    public final List<Review> reviews = new ArrayList<>();
    public final List<Reference> references = new ArrayList<>();
    /** What the layout decided about rows that are not plain data (duplicates, fees, stock adjustments…). */
    public final List<String> notes = new ArrayList<>();

    /** A row's mention of a customer or product that must exist in the store or in this batch. */
    public record Reference(String table, String id, int line, String field) {}

    public void requires(String table, String id, SourceRow row, String field) {
        references.add(new Reference(table, id, row.line(), field));
    }

    public int size() {
        return customers.size() + products.size() + orders.size() + events.size() + reviews.size();
    }
}
