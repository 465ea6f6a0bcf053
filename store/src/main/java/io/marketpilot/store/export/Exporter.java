package io.marketpilot.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.store.Database;
import io.marketpilot.store.audit.AuditLog;
import io.marketpilot.store.customer.JdbcCustomerRepository;
import io.marketpilot.store.event.JdbcEventRepository;
import io.marketpilot.store.imports.ImportKind;
import io.marketpilot.store.imports.SourceFormat;
import io.marketpilot.store.order.JdbcOrderRepository;
import io.marketpilot.store.product.JdbcProductRepository;
import io.marketpilot.store.review.JdbcReviewRepository;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes stored data back out in MarketPilot's own layouts, so an export re-imports to the same rows. */
public final class Exporter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 500;

    private final Database db;
    private final AuditLog audit;

    public Exporter(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Writes all records of {@code kind}; returns the number of rows written. */
    public int export(ImportKind kind, String fileName, OutputStream out, String actor) {
        SourceFormat format = SourceFormat.fromFileName(fileName);
        List<Map<String, Object>> rows = rows(kind);
        try (OutputStream wrapped = format.wrap(out);
                Writer writer = new OutputStreamWriter(wrapped, StandardCharsets.UTF_8)) {
            if (format.type() == SourceFormat.Type.JSONL) {
                writeJsonl(writer, rows);
            } else {
                writeDelimited(writer, rows, columns(kind), format.type().delimiter());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(actor, "export." + kind.wireName(), fileName, "rows=" + rows.size());
        return rows.size();
    }

    private List<Map<String, Object>> rows(ImportKind kind) {
        return switch (kind) {
            case CUSTOMERS ->
                all(
                        new JdbcCustomerRepository(db)::list,
                        c -> row(JdbcCustomerRepository.COLUMNS, JdbcCustomerRepository.values(c)));
            case PRODUCTS ->
                all(
                        new JdbcProductRepository(db)::list,
                        p -> row(JdbcProductRepository.COLUMNS, JdbcProductRepository.values(p)));
            case EVENTS ->
                all(
                        new JdbcEventRepository(db)::list,
                        e -> row(JdbcEventRepository.COLUMNS, JdbcEventRepository.values(e)));
            case REVIEWS ->
                all(
                        new JdbcReviewRepository(db)::list,
                        r -> row(JdbcReviewRepository.COLUMNS, JdbcReviewRepository.values(r)));
            case ORDERS -> orderLines();
        };
    }

    private List<Map<String, Object>> orderLines() {
        List<Map<String, Object>> rows = new ArrayList<>();
        new JdbcOrderRepository(db).forEach(o -> {
            for (OrderLine l : o.lines()) {
                rows.add(orderLine(o, l));
            }
        });
        return rows;
    }

    private static Map<String, Object> orderLine(Order o, OrderLine l) {
        Map<String, Object> row = new LinkedHashMap<>();
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

    private static <T> List<Map<String, Object>> all(
            Function<PageRequest, Page<T>> lister, Function<T, Map<String, Object>> toRow) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            Page<T> page = lister.apply(new PageRequest(offset, PAGE, null));
            page.items().forEach(item -> rows.add(toRow.apply(item)));
            if (page.items().size() < PAGE) {
                return rows;
            }
        }
    }

    private static Map<String, Object> row(List<String> columns, Object[] values) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), values[i]);
        }
        return row;
    }

    private static void writeJsonl(Writer w, List<Map<String, Object>> rows) throws IOException {
        for (Map<String, Object> row : rows) {
            Map<String, Object> out = new LinkedHashMap<>();
            row.forEach((k, v) -> out.put(
                    k,
                    v == null ? null : v instanceof Number || k.equals("properties") ? jsonValue(k, v) : v.toString()));
            w.write(JSON.writeValueAsString(out));
            w.write('\n');
        }
    }

    private static Object jsonValue(String key, Object v) {
        if (key.equals("properties")) {
            try {
                return JSON.readTree(v.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return v;
    }

    private static void writeDelimited(Writer w, List<Map<String, Object>> rows, List<String> columns, char delimiter)
            throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setRecordSeparator('\n')
                .setHeader(columns.toArray(String[]::new))
                .get();
        try (CSVPrinter printer = new CSVPrinter(w, format)) {
            for (Map<String, Object> row : rows) {
                List<Object> values = new ArrayList<>();
                for (String c : columns) {
                    Object v = row.get(c);
                    values.add(v == null ? "" : v.toString());
                }
                printer.printRecord(values);
            }
        }
    }
}
