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
import org.jdbi.v3.core.Handle;

/** Counts, per table, which keys of a batch are new and which the store holds already. */
final class ChangeCounter {
    private final Database db;

    ChangeCounter(Database db) {
        this.db = db;
    }

    Map<String, ImportReport.TableChange> count(ImportBatch batch) {
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
            put(changes, h, "orders", batch.orders.stream().map(Order::id).toList());
            put(changes, h, "events", batch.events.stream().map(Event::id).toList());
            put(changes, h, "reviews", batch.reviews.stream().map(Review::id).toList());
            return changes;
        });
    }

    private static void put(
            Map<String, ImportReport.TableChange> changes, Handle h, String table, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        int existing = ExistingKeys.in(h, table, ids).size();
        changes.put(table, new ImportReport.TableChange(ids.size() - existing, existing));
    }
}
