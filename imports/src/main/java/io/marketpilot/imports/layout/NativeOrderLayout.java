package io.marketpilot.imports.layout;

import io.marketpilot.core.domain.LineKind;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.imports.Fields;
import io.marketpilot.imports.ImportBatch;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.RowErrors;
import io.marketpilot.imports.SourceRow;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * MarketPilot's order layout, one row per line: order_id, customer_id (blank for anonymous), ordered_at,
 * product_id (blank when unknown), quantity, unit_price, and optionally amount (the line total, default quantity ×
 * unit_price), country, kind (sale, return, adjustment) and line_kind (product, shipping, fee, discount, voucher,
 * adjustment; default product). Customers and the products of product lines must already exist; the other line kinds
 * keep the source's code in product_id and may carry a negative price (a discount, a bad-debt write-off).
 */
final class NativeOrderLayout implements Layout {
    @Override
    public String name() {
        return "marketpilot";
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ORDERS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("orderid", "orderedat", "quantity", "unitprice");
    }

    @Override
    public void parse(List<SourceRow> rows, Fields f, RowErrors errors, ImportBatch batch) {
        OrderAssembler orders = new OrderAssembler(errors);
        for (SourceRow row : rows) {
            var orderId = f.id(row, "orderid");
            var customerId = f.optionalId(row, "customerid");
            var at = f.dateTime(row, "orderedat");
            var productId = f.optionalId(row, "productid");
            var amount = f.optionalNumber(row, "amount");
            var quantity = f.number(row, "quantity");
            var price = f.number(row, "unitprice");
            var kind = kind(row, errors);
            var lineKind = lineKind(row, errors);
            var country = f.optionalText(row, "country", 100); // the store column's width
            if (orderId.isEmpty()
                    || at.isEmpty()
                    || quantity.isEmpty()
                    || price.isEmpty()
                    || kind.isEmpty()
                    || lineKind.isEmpty()) {
                continue;
            }
            if (refused(row, "customerid", customerId) || refused(row, "productid", productId)) {
                continue; // not an anonymous line: its order's other lines would be judged against a customer of none
            }
            boolean product = lineKind.get() == LineKind.PRODUCT;
            if (!valid(row, errors, kind.get(), product, quantity.get(), price.get())) {
                continue;
            }
            double total = amount.orElse(quantity.get() * price.get());
            if (!Double.isFinite(total)) {
                errors.add(row, "amount", "quantity × unit_price is too large (give the amount)");
                continue;
            }
            customerId.ifPresent(id -> batch.requires("customers", id, row, "customer_id"));
            if (product) {
                productId.ifPresent(id -> batch.requires("products", id, row, "product_id"));
            }
            orders.add(
                    row,
                    orderId.get(),
                    customerId.orElse(null),
                    at.get(),
                    country.orElse(null),
                    kind.get(),
                    productId.orElse(null),
                    quantity.get(),
                    price.get(),
                    total,
                    lineKind.get());
        }
        batch.orders.addAll(orders.orders());
    }

    private static boolean refused(SourceRow row, String column, Optional<String> id) {
        return row.has(column) && id.isEmpty();
    }

    private static boolean valid(
            SourceRow row, RowErrors errors, OrderKind kind, boolean product, double quantity, double price) {
        if (price < 0 && product && kind != OrderKind.ADJUSTMENT) {
            errors.add(row, "unit_price", "must not be negative");
            return false;
        }
        if (quantity == 0) {
            errors.add(row, "quantity", "must not be zero");
            return false;
        }
        if (kind == OrderKind.SALE && quantity < 0) {
            errors.add(row, "quantity", "is negative on a sale (mark returns with kind=return)");
            return false;
        }
        if (kind == OrderKind.RETURN && quantity > 0) {
            errors.add(row, "quantity", "must be negative on a return");
            return false;
        }
        return true;
    }

    private static Optional<LineKind> lineKind(SourceRow row, RowErrors errors) {
        if (!row.has("linekind")) {
            return Optional.of(LineKind.PRODUCT);
        }
        Optional<LineKind> kind = LineKind.ofWireName(row.get("linekind"));
        if (kind.isEmpty()) {
            errors.add(
                    row,
                    "line_kind",
                    "'" + row.get("linekind")
                            + "' is not one of product, shipping, fee, discount, voucher, adjustment");
        }
        return kind;
    }

    private static Optional<OrderKind> kind(SourceRow row, RowErrors errors) {
        if (!row.has("kind")) {
            return Optional.of(OrderKind.SALE);
        }
        try {
            return Optional.of(OrderKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            errors.add(row, "kind", "'" + row.get("kind") + "' is not one of sale, return, adjustment");
            return Optional.empty();
        }
    }
}
