package io.marketpilot.store;

import java.util.function.Consumer;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * A whole-table read streamed row by row from one query. PostgreSQL only streams inside a transaction with a fetch
 * size (otherwise its driver loads the whole result first), so the read runs in one. H2 builds a whole result before
 * returning the first row, and spills a large one to a temporary file (a million events took minutes), unless the
 * session asks for lazy execution; lazy results stream only without a sort, so callers order by the primary key.
 */
public final class StreamedQuery {
    private static final int FETCH_SIZE = 2_000;

    private StreamedQuery() {}

    /** @param sql a query that reads in index order, e.g. {@code SELECT * FROM events ORDER BY id} */
    public static <T> void forEach(Database db, String sql, RowMapper<T> mapper, Consumer<T> consumer) {
        boolean h2 = db.dialect() == Dialect.H2;
        db.jdbi().useTransaction(h -> {
            if (h2) {
                h.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
            try {
                h.createQuery(sql).setFetchSize(FETCH_SIZE).map(mapper).forEach(consumer);
            } finally {
                if (h2) {
                    h.execute("SET LAZY_QUERY_EXECUTION FALSE"); // the connection goes back to the pool
                }
            }
        });
    }
}
