package io.marketpilot.store.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** Which of many ids a table holds already, asked in chunks so statements stay small. */
final class ExistingKeys {
    private static final int CHUNK = 1_000;
    private static final Set<String> TABLES = Set.of("customers", "products", "orders", "events", "reviews");

    private ExistingKeys() {}

    static Set<String> in(Handle h, String table, Collection<String> ids) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("unknown table " + table);
        }
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(new HashSet<>(ids));
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            h.createQuery("SELECT id FROM " + table + " WHERE id IN (<ids>)")
                    .bindList("ids", chunk)
                    .mapTo(String.class)
                    .forEach(found::add);
        }
        return found;
    }
}
