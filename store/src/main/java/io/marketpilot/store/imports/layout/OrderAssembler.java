package io.marketpilot.store.imports.layout;

import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.store.imports.RowErrors;
import io.marketpilot.store.imports.SourceRow;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups line rows into orders. Line numbers follow the order of the rows in the file, which makes a re-import of
 * the same file write the same keys; rows of one order that disagree on customer or date are refused.
 */
final class OrderAssembler {
    private record Draft(
            String id,
            String customerId,
            LocalDateTime orderedAt,
            String country,
            OrderKind kind,
            List<OrderLine> lines) {}

    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final RowErrors errors;

    OrderAssembler(RowErrors errors) {
        this.errors = errors;
    }

    void add(
            SourceRow row,
            String orderId,
            String customerId,
            LocalDateTime orderedAt,
            String country,
            OrderKind kind,
            String productId,
            double quantity,
            double unitPrice,
            double amount) {
        Draft draft = drafts.computeIfAbsent(
                orderId, id -> new Draft(id, customerId, orderedAt, country, kind, new ArrayList<>()));
        if (!Objects.equals(draft.customerId(), customerId)) {
            errors.add(
                    row,
                    "customer",
                    "order '" + orderId + "' already belongs to customer '" + draft.customerId()
                            + "' on an earlier line");
            return;
        }
        if (!draft.orderedAt().equals(orderedAt)) {
            errors.add(row, "date", "order '" + orderId + "' has another date on an earlier line");
            return;
        }
        draft.lines().add(new OrderLine(draft.lines().size() + 1, productId, quantity, unitPrice, amount));
    }

    /** The assembled orders; an order whose lines mix sales and returns counts as an adjustment. */
    List<Order> orders() {
        return drafts.values().stream()
                .map(d -> new Order(d.id(), d.customerId(), d.orderedAt(), d.country(), kind(d), d.lines()))
                .toList();
    }

    private static OrderKind kind(Draft d) {
        if (d.kind() != OrderKind.SALE) {
            return d.kind();
        }
        boolean anyNegative = d.lines().stream().anyMatch(l -> l.quantity() < 0);
        return anyNegative ? OrderKind.ADJUSTMENT : OrderKind.SALE;
    }
}
