package io.marketpilot.store.campaign;

import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.store.Database;
import io.marketpilot.store.Sql;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * One page of a table's rows that pass some equality filters and, when the request has a query, match it in some
 * columns (case-insensitively), in a fixed order, with the total for paging: the listings of the campaign store.
 */
final class FilteredPage {
    private final String table;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    FilteredPage(String table) {
        this.table = table;
    }

    /** Keeps the rows whose {@code column} equals {@code value}. */
    FilteredPage where(String column, String value) {
        String name = "f" + values.size();
        conditions.add(column + " = :" + name);
        values.put(name, value);
        return this;
    }

    /** Keeps the rows where {@code condition} holds; it binds no value (e.g. {@code left_out IS NULL}). */
    FilteredPage where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Runs the listing: the request's query, when given, must occur in one of {@code searchColumns}. */
    <T> Page<T> run(Database db, PageRequest page, List<String> searchColumns, String orderBy, RowMapper<T> mapper) {
        List<String> all = new ArrayList<>(conditions);
        boolean searching = page.query() != null && !searchColumns.isEmpty();
        if (searching) {
            all.add(searchColumns.stream()
                    .map(c -> "LOWER(" + c + ") LIKE :q")
                    .collect(Collectors.joining(" OR ", "(", ")")));
        }
        String where = all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
        return db.jdbi().withHandle(h -> {
            Query count = bound(h.createQuery("SELECT COUNT(*) FROM " + table + where), page, searching);
            Query items = bound(
                    h.createQuery(
                            "SELECT * FROM " + table + where + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset"),
                    page,
                    searching);
            long total = count.mapTo(Long.class).one();
            List<T> rows = items.bind("limit", page.limit())
                    .bind("offset", page.offset())
                    .map(mapper)
                    .list();
            return new Page<>(rows, total, page.offset(), page.limit());
        });
    }

    private Query bound(Query query, PageRequest page, boolean searching) {
        values.forEach(query::bind);
        if (searching) {
            query.bind("q", Sql.likePattern(page));
        }
        return query;
    }
}
