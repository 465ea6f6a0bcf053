package io.marketpilot.imports.layout;

import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.imports.Fields;
import io.marketpilot.imports.ImportBatch;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.RowErrors;
import io.marketpilot.imports.SourceRow;
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

    /**
     * "cdnow-{customer}-{date}-{rank}", readable and stable; a customer id long enough to push it past the store's 64
     * characters gets a digest of the same parts instead, just as stable.
     */
    static String orderId(String day, int rank) {
        String readable = "cdnow-" + day + "-" + rank;
        return readable.length() <= 64 ? readable : ContentId.of("cdnow", day, rank);
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
            if (quantity.get() < 0) {
                errors.add(row, "quantity", "must not be negative");
                continue;
            }
            if (amount.get() < 0) {
                errors.add(row, "amount", "must not be negative");
                continue;
            }
            double unitPrice = quantity.get() > 0 ? amount.get() / quantity.get() : amount.get();
            if (!Double.isFinite(unitPrice)) {
                errors.add(row, "quantity", "is too small for the amount it divides (the unit price is not finite)");
                continue;
            }
            batch.derivedCustomers.putIfAbsent(
                    customerId.get(), new Customer(customerId.get(), null, null, null, null, null));
            String day = customerId.get() + "-" + at.get().toLocalDate();
            int rank = perDay.merge(day, 1, Integer::sum);
            orders.add(
                    row,
                    orderId(day, rank),
                    customerId.get(),
                    at.get(),
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
