package io.marketpilot.store.customer;

import io.marketpilot.core.domain.CustomerAttribute;
import io.marketpilot.core.store.CustomerAttributes;
import io.marketpilot.store.Database;
import io.marketpilot.store.privacy.ErasureStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;

/** Customer attributes in the JDBC store (table {@code customer_attributes}, V15). */
public final class JdbcCustomerAttributes implements CustomerAttributes {
    /** Customers per page of {@link #forEach}: a page holds all attributes of each of its customers. */
    public static final int PAGE = 1_000;

    private static final String DELETE = "DELETE FROM customer_attributes WHERE customer_id = ?";
    private static final String INSERT =
            "INSERT INTO customer_attributes (customer_id, name, attr_value) VALUES (?, ?, ?)";

    private final Database db;

    public JdbcCustomerAttributes(Database db) {
        this.db = db;
    }

    @Override
    public Map<String, String> of(String customerId) {
        return db.jdbi().withHandle(h -> {
            Map<String, String> out = new TreeMap<>();
            h.createQuery("SELECT name, attr_value FROM customer_attributes WHERE customer_id = ?")
                    .bind(0, customerId)
                    .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getString("attr_value")))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    @Override
    public void replace(String customerId, List<CustomerAttribute> attributes) {
        db.jdbi().useTransaction(h -> write(h, Map.of(customerId, attributes)));
    }

    /**
     * Replaces the attributes of every customer named in {@code byCustomer} inside the caller's transaction (the
     * importer's, so a file's attributes are written with its customers or not at all).
     */
    public static void write(Handle h, Map<String, List<CustomerAttribute>> byCustomer) {
        if (byCustomer.isEmpty()) {
            return;
        }
        var delete = h.prepareBatch(DELETE);
        byCustomer.keySet().forEach(id -> delete.add(id));
        delete.execute();
        var insert = h.prepareBatch(INSERT);
        int rows = 0;
        for (List<CustomerAttribute> attributes : byCustomer.values()) {
            for (CustomerAttribute a : attributes) {
                insert.add(a.customerId(), a.name(), a.value());
                rows++;
            }
        }
        if (rows > 0) {
            insert.execute();
        }
    }

    @Override
    public void forEach(BiConsumer<String, Map<String, String>> consumer) {
        String after = "";
        while (true) {
            String from = after;
            List<String> ids = db.jdbi().withHandle(h -> h.createQuery(
                            "SELECT DISTINCT customer_id FROM customer_attributes WHERE customer_id > ?"
                                    + " ORDER BY customer_id LIMIT " + PAGE)
                    .bind(0, from)
                    .mapTo(String.class)
                    .list());
            if (ids.isEmpty()) {
                return;
            }
            Map<String, Map<String, String>> page = new LinkedHashMap<>();
            ids.forEach(id -> page.put(id, new TreeMap<>()));
            db.jdbi().useHandle(h -> h.createQuery("SELECT customer_id, name, attr_value FROM customer_attributes"
                            + " WHERE customer_id >= ? AND customer_id <= ?")
                    .bind(0, ids.getFirst())
                    .bind(1, ids.getLast())
                    .map((rs, ctx) -> new CustomerAttribute(
                            rs.getString("customer_id"), rs.getString("name"), rs.getString("attr_value")))
                    .forEach(a -> {
                        Map<String, String> values = page.get(a.customerId());
                        if (values != null) {
                            values.put(a.name(), a.value());
                        }
                    }));
            page.forEach(consumer);
            if (ids.size() < PAGE) {
                return;
            }
            after = ids.getLast();
        }
    }

    /** Forgetting a customer erases their attributes (before the customer row, so the audit entry counts them). */
    public static ErasureStep erasure() {
        return new ErasureStep() {
            @Override
            public String name() {
                return "attributes";
            }

            @Override
            public int erase(Handle h, String customerId) {
                return h.execute(DELETE, customerId);
            }
        };
    }
}
