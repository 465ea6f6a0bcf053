package io.marketpilot.store.export;

import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.imports.ExportAbortedException;
import io.marketpilot.imports.Exporter;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.SourceFormat;
import io.marketpilot.store.Database;
import io.marketpilot.store.StreamedQuery;
import io.marketpilot.store.audit.JdbcAuditLog;
import io.marketpilot.store.customer.JdbcCustomerRepository;
import io.marketpilot.store.event.JdbcEventRepository;
import io.marketpilot.store.order.JdbcOrderRepository;
import io.marketpilot.store.product.JdbcProductRepository;
import io.marketpilot.store.review.JdbcReviewRepository;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Writes stored data back out in MarketPilot's own layouts, so an export re-imports to the same rows. */
public final class JdbcExporter implements Exporter {

    private final Database db;
    private final JdbcAuditLog audit;

    public JdbcExporter(Database db, JdbcAuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /**
     * Writes all records of {@code kind}, row by row as the store streams them (a million events never sit in memory
     * at once, and a reader that goes away stops the export at its next write); returns the number of rows written.
     */
    @Override
    public int export(ImportKind kind, String fileName, OutputStream out, String actor) {
        SourceFormat format = SourceFormat.fromFileName(fileName);
        java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
        try (OutputStream wrapped = format.wrap(out);
                Writer writer = new OutputStreamWriter(wrapped, StandardCharsets.UTF_8);
                RowWriter rows = RowWriter.of(format, writer, columns(kind), written)) {
            stream(kind, rows);
        } catch (IOException | UncheckedIOException e) {
            audit.record(actor, "export." + kind.wireName() + ".aborted", fileName, "rows=" + written.get());
            throw new ExportAbortedException(written.get(), e);
        }
        audit.record(actor, "export." + kind.wireName(), fileName, "rows=" + written.get());
        return written.get();
    }

    private void stream(ImportKind kind, RowWriter rows) {
        switch (kind) {
            case CUSTOMERS ->
                new JdbcCustomerRepository(db)
                        .forEach(
                                c -> rows.write(row(JdbcCustomerRepository.COLUMNS, JdbcCustomerRepository.values(c))));
            case PRODUCTS ->
                StreamedQuery.forEach(
                        db,
                        "products",
                        "id",
                        JdbcProductRepository::map,
                        io.marketpilot.core.domain.Product::id,
                        p -> rows.write(row(JdbcProductRepository.COLUMNS, JdbcProductRepository.values(p))));
            case EVENTS ->
                new JdbcEventRepository(db)
                        .forEach(e -> rows.write(row(JdbcEventRepository.COLUMNS, JdbcEventRepository.values(e))));
            case REVIEWS ->
                StreamedQuery.forEach(
                        db,
                        "reviews",
                        "id",
                        JdbcReviewRepository::map,
                        io.marketpilot.core.domain.Review::id,
                        r -> rows.write(row(JdbcReviewRepository.COLUMNS, JdbcReviewRepository.values(r))));
            case ORDERS ->
                new JdbcOrderRepository(db).forEach(o -> {
                    for (OrderLine l : o.lines()) {
                        rows.write(orderLine(o, l));
                    }
                });
        }
    }

    private static Map<String, @Nullable Object> orderLine(Order o, OrderLine l) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("order_id", o.id());
        row.put("customer_id", o.customerId());
        row.put("ordered_at", o.orderedAt());
        row.put("country", o.country());
        row.put("kind", o.kind().wireName());
        row.put("product_id", l.productId());
        row.put("quantity", l.quantity());
        row.put("unit_price", l.unitPrice());
        row.put("amount", l.amount());
        row.put("line_kind", l.kind().wireName());
        return row;
    }

    private static List<String> columns(ImportKind kind) {
        return switch (kind) {
            case CUSTOMERS -> JdbcCustomerRepository.COLUMNS;
            case PRODUCTS -> JdbcProductRepository.COLUMNS;
            case EVENTS -> JdbcEventRepository.COLUMNS;
            case REVIEWS -> JdbcReviewRepository.COLUMNS;
            case ORDERS ->
                List.of(
                        "order_id",
                        "customer_id",
                        "ordered_at",
                        "country",
                        "kind",
                        "product_id",
                        "quantity",
                        "unit_price",
                        "amount",
                        "line_kind");
        };
    }

    private static Map<String, @Nullable Object> row(List<String> columns, @Nullable Object[] values) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), values[i]);
        }
        return row;
    }
}
