package io.marketpilot.store.imports;

import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Product;
import io.marketpilot.imports.ImportBatch;
import io.marketpilot.imports.RowError;
import io.marketpilot.imports.RowErrors;
import io.marketpilot.store.Database;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Refuses rows that mention a customer or product known neither to the store nor to the same file. */
final class ReferenceCheck {
    private final Database db;

    ReferenceCheck(Database db) {
        this.db = db;
    }

    void check(ImportBatch batch, RowErrors errors) {
        if (batch.references.isEmpty()) {
            return;
        }
        Map<String, Set<String>> known = new HashMap<>();
        known.put(
                "customers",
                idsInBatch(batch.customers.stream().map(Customer::id).toList(), batch.derivedCustomers.keySet()));
        known.put(
                "products",
                idsInBatch(batch.products.stream().map(Product::id).toList(), batch.derivedProducts.keySet()));
        Map<String, Set<String>> asked = new HashMap<>();
        for (ImportBatch.Reference r : batch.references) {
            // An id with NUL in it is refused by the reader already, and PostgreSQL refuses even to be asked about it.
            if (!ids(known, r.table()).contains(r.id()) && r.id().indexOf('\0') < 0) {
                asked.computeIfAbsent(r.table(), t -> new HashSet<>()).add(r.id());
            }
        }
        db.jdbi()
                .useHandle(
                        h -> asked.forEach((table, ids) -> ids(known, table).addAll(ExistingKeys.in(h, table, ids))));
        for (ImportBatch.Reference r : batch.references) {
            if (!ids(known, r.table()).contains(r.id())) {
                String noun = r.table().equals("customers") ? "customer" : "product";
                errors.addAll(List.of(new RowError(
                        r.line(), r.field(), noun + " '" + r.id() + "' is unknown: import " + r.table() + " first")));
            }
        }
    }

    /** The ids known so far of a table that references may name: customers or products. */
    private static Set<String> ids(Map<String, Set<String>> known, String table) {
        Set<String> ids = known.get(table);
        if (ids == null) {
            throw new IllegalStateException("references to " + table + " are not checked");
        }
        return ids;
    }

    private static Set<String> idsInBatch(List<String> own, Set<String> derived) {
        Set<String> ids = new HashSet<>(own);
        ids.addAll(derived);
        return ids;
    }
}
