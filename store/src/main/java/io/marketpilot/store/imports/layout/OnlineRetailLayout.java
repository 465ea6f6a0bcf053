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
 * The UCI "Online Retail" layout as published (InvoiceNo, StockCode, Description, Quantity, InvoiceDate,
 * UnitPrice, CustomerID, Country). Invoices starting with C are returns, with A adjustments; rows without
 * CustomerID are anonymous sales; products are derived from StockCode and the first non-blank Description.
 */
final class OnlineRetailLayout implements Layout {
    @Override
    public String name() {
        return "uci-online-retail";
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ORDERS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("invoiceno", "stockcode", "description", "quantity", "invoicedate", "unitprice", "customerid");
    }

    @Override
    public void parse(List<SourceRow> rows, Fields f, RowErrors errors, ImportBatch batch) {
        OrderAssembler orders = new OrderAssembler(errors);
        for (SourceRow row : rows) {
            var invoice = f.id(row, "invoiceno");
            var stockCode = f.id(row, "stockcode");
            var quantity = f.number(row, "quantity");
            var at = f.dateTime(row, "invoicedate");
            var price = f.number(row, "unitprice");
            var customerId = f.optionalId(row, "customerid");
            if (invoice.isEmpty() || stockCode.isEmpty() || quantity.isEmpty() || at.isEmpty() || price.isEmpty()) {
                continue;
            }
            String country = CustomerLayout.blankToNull(row.get("country"));
            customerId.ifPresent(
                    id -> batch.derivedCustomers.putIfAbsent(id, new Customer(id, null, null, country, null, null)));
            deriveProduct(batch, stockCode.get(), row.get("description"), price.get());
            orders.add(
                    row,
                    invoice.get(),
                    customerId.orElse(null),
                    at.get(),
                    country,
                    kindOf(invoice.get()),
                    stockCode.get(),
                    quantity.get(),
                    price.get(),
                    quantity.get() * price.get());
        }
        batch.orders.addAll(orders.orders());
    }

    private static void deriveProduct(ImportBatch batch, String code, String description, double price) {
        Product known = batch.derivedProducts.get(code);
        if (known == null || (known.name().equals(code) && !description.isEmpty())) {
            String name = description.isEmpty() ? code : description;
            Double listPrice = price > 0 ? price : known == null ? null : known.price();
            batch.derivedProducts.put(code, new Product(code, name, null, null, listPrice, null, null, null));
        }
    }

    private static OrderKind kindOf(String invoice) {
        return switch (Character.toUpperCase(invoice.charAt(0))) {
            case 'C' -> OrderKind.RETURN;
            case 'A' -> OrderKind.ADJUSTMENT;
            default -> OrderKind.SALE;
        };
    }
}
