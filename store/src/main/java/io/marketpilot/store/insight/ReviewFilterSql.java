package io.marketpilot.store.insight;

import io.marketpilot.core.store.ReviewFilter;
import org.jdbi.v3.core.statement.SqlStatement;

/** A {@link ReviewFilter} as SQL conditions on the reviews table (alias {@code r}) and their bound values. */
final class ReviewFilterSql {
    private ReviewFilterSql() {}

    /** The conditions (to append after a WHERE) for the parts that are set. */
    static String conditions(ReviewFilter filter) {
        StringBuilder s = new StringBuilder();
        filter.productId().ifPresent(p -> s.append(" AND r.product_id = :product"));
        filter.language().ifPresent(l -> s.append(" AND r.language = :language"));
        filter.segment()
                .ifPresent(g -> s.append(" AND r.customer_id IN (SELECT m.customer_id FROM segment_members m WHERE"
                        + " m.segment = :segment AND m.run_id = (SELECT MAX(id) FROM segmentation_runs))"));
        filter.from().ifPresent(f -> s.append(" AND r.created_at >= :from"));
        filter.to().ifPresent(t -> s.append(" AND r.created_at < :to"));
        return s.toString();
    }

    static void bind(ReviewFilter filter, SqlStatement<?> q) {
        filter.productId().ifPresent(p -> q.bind("product", p));
        filter.language().ifPresent(l -> q.bind("language", l));
        filter.segment().ifPresent(g -> q.bind("segment", g));
        filter.from().ifPresent(f -> q.bind("from", f.atStartOfDay()));
        filter.to().ifPresent(t -> q.bind("to", t.plusDays(1).atStartOfDay()));
    }
}
