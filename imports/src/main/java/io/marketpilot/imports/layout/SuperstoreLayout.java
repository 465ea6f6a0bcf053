package io.marketpilot.imports.layout;

import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.Product;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.imports.Fields;
import io.marketpilot.imports.ImportBatch;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.RowErrors;
import io.marketpilot.imports.SourceRow;
import java.util.List;
import java.util.Optional;

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
            double unitPrice = sales.get() / quantity.get();
            if (!Double.isFinite(unitPrice)) {
                errors.add(row, "Quantity", "is too small for the Sales it divides (the unit price is not finite)");
                continue;
            }
            // The widths of the store's columns: a longer value is a row error rather than a failed write.
            var customerName = f.optionalText(row, "customername", FieldLimits.NAME);
            var city = f.optionalText(row, "city", FieldLimits.PLACE);
            var country = f.optionalText(row, "country", FieldLimits.PLACE);
            var productName = f.optionalText(row, "productname", FieldLimits.PRODUCT_NAME);
            var category = f.optionalText(row, "category", 100);
            var subCategory = f.optionalText(row, "subcategory", 97);
            batch.derivedCustomers.putIfAbsent(
                    customerId.get(),
                    new Customer(
                            customerId.get(),
                            null,
                            customerName.orElse(null),
                            country.orElse(null),
                            city.orElse(null),
                            null));
            batch.derivedProducts.putIfAbsent(
                    productId.get(), product(productId.get(), productName, category, subCategory, unitPrice));
            orders.add(
                    row,
                    orderId.get(),
                    customerId.get(),
                    at.get(),
                    country.orElse(null),
                    OrderKind.SALE,
                    productId.get(),
                    quantity.get(),
                    unitPrice,
                    sales.get());
        }
        batch.orders.addAll(orders.orders());
    }

    private static Product product(
            String id, Optional<String> name, Optional<String> category, Optional<String> sub, double unitPrice) {
        String full =
                sub.map(s -> category.orElse("") + " > " + s).or(() -> category).orElse(null);
        return new Product(id, name.orElse(""), full, null, unitPrice, null, null, null);
    }
}
