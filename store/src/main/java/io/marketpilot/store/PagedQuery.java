package io.marketpilot.store;

import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The listing every repository offers: one page of a table in a fixed order, optionally searched
 * case-insensitively across some columns, with the total count for paging.
 */
public record PagedQuery(String table, List<String> searchColumns, String orderBy) {

    public <T> Page<T> run(Database db, PageRequest page, RowMapper<T> mapper) {
        String query = page.query();
        String where = query == null
                ? ""
                : " WHERE "
                        + searchColumns.stream()
                                .map(c -> "LOWER(" + c + ") LIKE :q")
                                .collect(Collectors.joining(" OR "));
        return db.jdbi().withHandle(h -> {
            var count = h.createQuery("SELECT COUNT(*) FROM " + table + where);
            var items = h.createQuery(
                    "SELECT * FROM " + table + where + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset");
            if (query != null) {
                count.bind("q", Sql.likePattern(query));
                items.bind("q", Sql.likePattern(query));
            }
            long total = count.mapTo(Long.class).one();
            List<T> rows = items.bind("limit", page.limit())
                    .bind("offset", page.offset())
                    .map(mapper)
                    .list();
            return new Page<>(rows, total, page.offset(), page.limit());
        });
    }
}
