package io.marketpilot.store;

import java.util.function.Consumer;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * A whole-table read streamed row by row from one query. PostgreSQL only streams inside a transaction with a fetch
 * size (otherwise its driver loads the whole result first), so the read runs in one; H2 spools large results itself.
 */
public final class StreamedQuery {
    private static final int FETCH_SIZE = 2_000;

    private StreamedQuery() {}

    public static <T> void forEach(Database db, String sql, RowMapper<T> mapper, Consumer<T> consumer) {
        db.jdbi()
                .useTransaction(h ->
                        h.createQuery(sql).setFetchSize(FETCH_SIZE).map(mapper).forEach(consumer));
    }
}
