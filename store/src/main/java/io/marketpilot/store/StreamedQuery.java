package io.marketpilot.store;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * A whole-table read in key order, page by page: {@code WHERE key > last ORDER BY key LIMIT n}, each page an index
 * range. Offsets would make it quadratic; one big query makes H2 build the whole result first and spill it to a
 * temporary file (a million events took minutes), and H2's lazy results lose their pages when other transactions
 * write meanwhile ("Chunk not found", h2database issue 4142). Rows added during the read are seen when their key sorts
 * after the page being read; nothing is seen twice.
 */
public final class StreamedQuery {
    static final int PAGE = 5_000;

    private StreamedQuery() {}

    /**
     * Hands every row of {@code table} to {@code consumer} in {@code key} order, one page at a time.
     *
     * @param table a table whose {@code key} column is unique (its primary key)
     * @param keyOf the key of a mapped row, where the next page starts after
     */
    public static <T> void forEach(
            Database db,
            String table,
            String key,
            RowMapper<T> mapper,
            Function<T, String> keyOf,
            Consumer<T> consumer) {
        String first = "SELECT * FROM " + table + " ORDER BY " + key + " LIMIT " + PAGE;
        String next = "SELECT * FROM " + table + " WHERE " + key + " > ? ORDER BY " + key + " LIMIT " + PAGE;
        String last = null;
        while (true) {
            String after = last;
            List<T> page = db.jdbi().withHandle(h -> (after == null
                            ? h.createQuery(first)
                            : h.createQuery(next).bind(0, after))
                    .map(mapper)
                    .list());
            page.forEach(consumer);
            if (page.size() < PAGE) {
                return;
            }
            last = keyOf.apply(page.getLast());
        }
    }
}
