package io.marketpilot.store.insight;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which stored reviews an insight covers; empty parts mean "all". {@code segment} is a segment of the latest
 * segmentation run; {@code from} and {@code to} are inclusive days of {@code created_at}.
 */
public record ReviewFilter(
        Optional<String> productId,
        Optional<String> language,
        Optional<Integer> segment,
        Optional<LocalDate> from,
        Optional<LocalDate> to) {

    public static ReviewFilter none() {
        return new ReviewFilter(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The SQL conditions (to append after a WHERE on table alias {@code r}) for the parts that are set. */
    String sql() {
        StringBuilder s = new StringBuilder();
        productId.ifPresent(p -> s.append(" AND r.product_id = :product"));
        language.ifPresent(l -> s.append(" AND r.language = :language"));
        segment.ifPresent(g -> s.append(" AND r.customer_id IN (SELECT m.customer_id FROM segment_members m WHERE"
                + " m.segment = :segment AND m.run_id = (SELECT MAX(id) FROM segmentation_runs))"));
        from.ifPresent(f -> s.append(" AND r.created_at >= :from"));
        to.ifPresent(t -> s.append(" AND r.created_at < :to"));
        return s.toString();
    }

    void bind(org.jdbi.v3.core.statement.SqlStatement<?> q) {
        productId.ifPresent(p -> q.bind("product", p));
        language.ifPresent(l -> q.bind("language", l));
        segment.ifPresent(g -> q.bind("segment", g));
        from.ifPresent(f -> q.bind("from", f.atStartOfDay()));
        to.ifPresent(t -> q.bind("to", t.plusDays(1).atStartOfDay()));
    }
}
