package io.marketpilot.store.imports.layout;

import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.Product;
import io.marketpilot.store.imports.Fields;
import io.marketpilot.store.imports.ImportBatch;
import io.marketpilot.store.imports.ImportKind;
import io.marketpilot.store.imports.RowErrors;
import io.marketpilot.store.imports.SourceRow;
import java.util.List;

/**
 * The "Sample - Superstore" layout (Row ID, Order ID, Order Date, …, Customer ID, Customer Name, …, Product ID,
 * Category, Sub-Category, Product Name, Sales, Quantity, …). Sales is the line total after discount; the unit price
 * is derived from it. Customers and products are derived, the first row naming them wins.
 */
final class SuperstoreLayout implements Layout {
    @Override
    public String name() {
        return "superstore";
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ORDERS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("orderid", "orderdate", "customerid", "productid", "productname", "sales", "quantity");
    }

    @Override
    public void parse(List<SourceRow> rows, Fields f, RowErrors errors, ImportBatch batch) {
        OrderAssembler orders = new OrderAssembler(errors);
        for (SourceRow row : rows) {
            var orderId = f.id(row, "orderid");
            var at = f.dateTime(row, "orderdate");
            var customerId = f.id(row, "customerid");
            var productId = f.id(row, "productid");
            var sales = f.number(row, "sales");
            var quantity = f.number(row, "quantity");
            if (orderId.isEmpty()
                    || at.isEmpty()
                    || customerId.isEmpty()
                    || productId.isEmpty()
                    || sales.isEmpty()
                    || quantity.isEmpty()) {
                continue;
            }
            if (quantity.get() <= 0) {
                errors.add(row, "Quantity", "must be positive");
                continue;
            }
            String country = CustomerLayout.blankToNull(row.get("country"));
            batch.derivedCustomers.putIfAbsent(
                    customerId.get(),
                    new Customer(
                            customerId.get(),
                            null,
                            CustomerLayout.blankToNull(row.get("customername")),
                            country,
                            CustomerLayout.blankToNull(row.get("city")),
                            null));
            double unitPrice = sales.get() / quantity.get();
            batch.derivedProducts.putIfAbsent(productId.get(), product(row, productId.get(), unitPrice));
            orders.add(
                    row,
                    orderId.get(),
                    customerId.get(),
                    at.get(),
                    country,
                    OrderKind.SALE,
                    productId.get(),
                    quantity.get(),
                    unitPrice,
                    sales.get());
        }
        batch.orders.addAll(orders.orders());
    }

    private static Product product(SourceRow row, String id, double unitPrice) {
        String category = row.get("category");
        String sub = row.get("subcategory");
        String full = sub.isEmpty() ? category : category + " > " + sub;
        return new Product(
                id, row.get("productname"), CustomerLayout.blankToNull(full), null, unitPrice, null, null, null);
    }
}
