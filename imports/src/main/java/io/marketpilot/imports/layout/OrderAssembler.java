package io.marketpilot.imports.layout;

import io.marketpilot.core.domain.LineKind;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.imports.RowErrors;
import io.marketpilot.imports.SourceRow;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Groups line rows into orders. Line numbers follow the order of the rows in the file, which makes a re-import of
 * the same file write the same keys. Rows of one order that disagree on the customer are refused; their times may
 * differ by up to {@link #SAME_ORDER_WINDOW}, because a till that writes the time per line puts a long order over a
 * minute boundary (real UCI invoices span two consecutive minutes). The order is dated by its earliest line.
 */
final class OrderAssembler {
    static final Duration SAME_ORDER_WINDOW = Duration.ofMinutes(10);

    private static final class Draft {
        final String id;
        final @Nullable String customerId;
        LocalDateTime orderedAt;
        LocalDateTime latest;
        final @Nullable String country;
        final OrderKind kind;
        final List<OrderLine> lines = new ArrayList<>();

        Draft(
                String id,
                @Nullable String customerId,
                LocalDateTime orderedAt,
                @Nullable String country,
                OrderKind kind) {
            this.id = id;
            this.customerId = customerId;
            this.orderedAt = orderedAt;
            this.latest = orderedAt;
            this.country = country;
            this.kind = kind;
        }

        boolean spansTimes() {
            return !orderedAt.equals(latest);
        }
    }

    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final RowErrors errors;

    OrderAssembler(RowErrors errors) {
        this.errors = errors;
    }

    void add(
            SourceRow row,
            String orderId,
            @Nullable String customerId,
            LocalDateTime orderedAt,
            @Nullable String country,
            OrderKind kind,
            @Nullable String productId,
            double quantity,
            double unitPrice,
            double amount) {
        add(
                row,
                orderId,
                customerId,
                orderedAt,
                country,
                kind,
                productId,
                quantity,
                unitPrice,
                amount,
                LineKind.PRODUCT);
    }

    void add(
            SourceRow row,
            String orderId,
            @Nullable String customerId,
            LocalDateTime orderedAt,
            @Nullable String country,
            OrderKind kind,
            @Nullable String productId,
            double quantity,
            double unitPrice,
            double amount,
            LineKind lineKind) {
        Draft draft = drafts.computeIfAbsent(orderId, id -> new Draft(id, customerId, orderedAt, country, kind));
        if (!Objects.equals(draft.customerId, customerId)) {
            errors.add(
                    row,
                    "customer",
                    "order '" + orderId + "' already belongs to customer '" + draft.customerId
                            + "' on an earlier line");
            return;
        }
        if (!withinWindow(draft, orderedAt)) {
            errors.add(
                    row,
                    "date",
                    "order '" + orderId + "' is dated " + draft.orderedAt + " on an earlier line, more than "
                            + SAME_ORDER_WINDOW.toMinutes() + " minutes from " + orderedAt);
            return;
        }
        if (orderedAt.isBefore(draft.orderedAt)) {
            draft.orderedAt = orderedAt;
        }
        if (orderedAt.isAfter(draft.latest)) {
            draft.latest = orderedAt;
        }
        draft.lines.add(new OrderLine(draft.lines.size() + 1, productId, quantity, unitPrice, amount, lineKind));
    }

    private static boolean withinWindow(Draft draft, LocalDateTime at) {
        LocalDateTime earliest = at.isBefore(draft.orderedAt) ? at : draft.orderedAt;
        LocalDateTime latest = at.isAfter(draft.latest) ? at : draft.latest;
        return Duration.between(earliest, latest).compareTo(SAME_ORDER_WINDOW) <= 0;
    }

    /** How many orders have lines at more than one time (dated by their earliest line). */
    int ordersSpanningTimes() {
        return (int) drafts.values().stream().filter(Draft::spansTimes).count();
    }

    /** The assembled orders; a sale with a negative product line counts as an adjustment. */
    List<Order> orders() {
        return drafts.values().stream()
                .map(d -> new Order(d.id, d.customerId, d.orderedAt, d.country, kind(d), d.lines))
                .toList();
    }

    private static OrderKind kind(Draft d) {
        if (d.kind != OrderKind.SALE) {
            return d.kind;
        }
        boolean anyNegative = d.lines.stream().anyMatch(l -> l.kind().isProduct() && l.quantity() < 0);
        return anyNegative ? OrderKind.ADJUSTMENT : OrderKind.SALE;
    }
}
