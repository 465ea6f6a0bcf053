package io.marketpilot.store.imports;

import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Event;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.Product;
import io.marketpilot.core.domain.Review;
import io.marketpilot.imports.ImportBatch;
import io.marketpilot.imports.ImportReport;
import io.marketpilot.store.Database;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** Counts, per table, which keys of a batch are new and which the store holds already. */
final class ChangeCounter {
    private final Database db;

    ChangeCounter(Database db) {
        this.db = db;
    }

    /**
     * The counts per table, and the ids of the batch's events and orders the store held already (what is news to
     * the journeys once written).
     */
    record Changes(
            Map<String, ImportReport.TableChange> tables, Set<String> existingEvents, Set<String> existingOrders) {}

    Changes count(ImportBatch batch) {
        return db.jdbi().withHandle(h -> {
            Map<String, ImportReport.TableChange> changes = new LinkedHashMap<>();
            List<String> customers =
                    new ArrayList<>(batch.customers.stream().map(Customer::id).toList());
            customers.addAll(batch.derivedCustomers.keySet());
            List<String> products =
                    new ArrayList<>(batch.products.stream().map(Product::id).toList());
            products.addAll(batch.derivedProducts.keySet());
            put(changes, h, "customers", customers);
            put(changes, h, "products", products);
            Set<String> orders = put(
                    changes, h, "orders", batch.orders.stream().map(Order::id).toList());
            Set<String> events = put(
                    changes, h, "events", batch.events.stream().map(Event::id).toList());
            put(changes, h, "reviews", batch.reviews.stream().map(Review::id).toList());
            return new Changes(changes, events, orders);
        });
    }

    /** Counts one table's new and existing keys; returns the existing ones. */
    private static Set<String> put(
            Map<String, ImportReport.TableChange> changes, Handle h, String table, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<String> existing = ExistingKeys.in(h, table, ids);
        changes.put(table, new ImportReport.TableChange(ids.size() - existing.size(), existing.size()));
        return existing;
    }
}
