package io.marketpilot.store.imports;

import io.marketpilot.store.Database;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The imported tables' row counts and a checksum of their content, to tell whether an import changed anything. The
 * audit log is left out on purpose: every import, even one that changes nothing, is audited.
 */
record StoreSnapshot(Map<String, String> tables) {
    private static final Map<String, String> ORDERED = Map.of(
            "customers", "id",
            "products", "id",
            "orders", "id",
            "order_lines", "order_id, line_no",
            "events", "id",
            "reviews", "id");

    static StoreSnapshot of(Database db) {
        Map<String, String> tables = new LinkedHashMap<>();
        db.jdbi().useHandle(h -> {
            for (String table : List.of("customers", "products", "orders", "order_lines", "events", "reviews")) {
                List<Map<String, Object>> rows = h.createQuery(
                                "SELECT * FROM " + table + " ORDER BY " + ORDERED.get(table))
                        .mapToMap()
                        .list();
                long checksum = 17;
                for (Map<String, Object> row : rows) {
                    checksum = checksum * 31 + row.toString().hashCode();
                }
                tables.put(table, rows.size() + " rows, checksum " + Long.toHexString(checksum));
            }
        });
        return new StoreSnapshot(tables);
    }
}
