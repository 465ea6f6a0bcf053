package io.marketpilot.store.imports;

import io.marketpilot.core.domain.Order;
import io.marketpilot.imports.ImportBatch;
import io.marketpilot.imports.ImportProgress;
import io.marketpilot.store.BatchWriter;
import io.marketpilot.store.Dialect;
import io.marketpilot.store.customer.JdbcCustomerAttributes;
import io.marketpilot.store.customer.JdbcCustomerRepository;
import io.marketpilot.store.event.JdbcEventRepository;
import io.marketpilot.store.order.OrderWriter;
import io.marketpilot.store.product.JdbcProductRepository;
import io.marketpilot.store.review.JdbcReviewRepository;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/** Writes a checked batch inside the caller's transaction, parents before children. */
final class BatchStore {
    private static final int ORDER_CHUNK = 5_000;
    private static final List<String> ID = List.of("id");

    private final Handle handle;
    private final Dialect dialect;
    private final ImportProgress progress;

    BatchStore(Handle handle, Dialect dialect, ImportProgress progress) {
        this.handle = handle;
        this.dialect = dialect;
        this.progress = progress;
    }

    void write(ImportBatch b) {
        BatchWriter w = new BatchWriter(handle, dialect);
        w.upsert("customers", JdbcCustomerRepository.COLUMNS, ID, rows(b.customers, JdbcCustomerRepository::values));
        w.insertIgnore(
                "customers",
                JdbcCustomerRepository.COLUMNS,
                ID,
                rows(List.copyOf(b.derivedCustomers.values()), JdbcCustomerRepository::values));
        JdbcCustomerAttributes.write(handle, b.customerAttributes);
        w.upsert("products", JdbcProductRepository.COLUMNS, ID, rows(b.products, JdbcProductRepository::values));
        w.insertIgnore(
                "products",
                JdbcProductRepository.COLUMNS,
                ID,
                rows(List.copyOf(b.derivedProducts.values()), JdbcProductRepository::values));
        writeOrders(b.orders);
        w.upsert("events", JdbcEventRepository.COLUMNS, ID, rows(b.events, JdbcEventRepository::values));
        w.upsert("reviews", JdbcReviewRepository.COLUMNS, ID, rows(b.reviews, JdbcReviewRepository::values));
    }

    private void writeOrders(List<Order> orders) {
        OrderWriter writer = new OrderWriter(handle, dialect);
        for (int from = 0; from < orders.size(); from += ORDER_CHUNK) {
            int to = Math.min(orders.size(), from + ORDER_CHUNK);
            writer.write(orders.subList(from, to));
            progress.update("writing orders", to, orders.size());
        }
    }

    private static <T> List<@Nullable Object[]> rows(
            List<T> items, java.util.function.Function<T, @Nullable Object[]> values) {
        return items.stream().map(values).toList();
    }
}
