package io.marketpilot.store.imports.layout;

import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.store.imports.Fields;
import io.marketpilot.store.imports.ImportBatch;
import io.marketpilot.store.imports.ImportKind;
import io.marketpilot.store.imports.RowErrors;
import io.marketpilot.store.imports.SourceRow;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CDNOW layout (customer_id, order_date, quantity, amount): one purchase per row and no products. Each row
 * becomes an order whose id is the customer, the date and the row's rank among that customer's rows that day.
 */
final class CdnowLayout implements Layout {
    @Override
    public String name() {
        return "cdnow";
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ORDERS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("customerid", "orderdate", "quantity", "amount");
    }

    @Override
    public void parse(List<SourceRow> rows, Fields f, RowErrors errors, ImportBatch batch) {
        OrderAssembler orders = new OrderAssembler(errors);
        Map<String, Integer> perDay = new HashMap<>();
        for (SourceRow row : rows) {
            var customerId = f.id(row, "customerid");
            var at = f.dateTime(row, "orderdate");
            var quantity = f.number(row, "quantity");
            var amount = f.number(row, "amount");
            if (customerId.isEmpty() || at.isEmpty() || quantity.isEmpty() || amount.isEmpty()) {
                continue;
            }
            if (quantity.get() < 0 || amount.get() < 0) {
                errors.add(row, "quantity", "quantity and amount must not be negative");
                continue;
            }
            batch.derivedCustomers.putIfAbsent(
                    customerId.get(), new Customer(customerId.get(), null, null, null, null, null));
            String day = customerId.get() + "-" + at.get().toLocalDate();
            int rank = perDay.merge(day, 1, Integer::sum);
            double unitPrice = quantity.get() > 0 ? amount.get() / quantity.get() : amount.get();
            orders.add(
                    row,
                    "cdnow-" + day + "-" + rank,
                    customerId.get(),
                    LocalDateTime.from(at.get()),
                    null,
                    OrderKind.SALE,
                    null,
                    quantity.get(),
                    unitPrice,
                    amount.get());
        }
        batch.orders.addAll(orders.orders());
    }
}
