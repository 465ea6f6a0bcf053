package io.marketpilot.core.domain;

import io.marketpilot.core.input.FieldLimits;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An order (or return) with its lines; the customer is absent for anonymous sales. */
public record Order(
        String id,
        @Nullable String customerId,
        LocalDateTime orderedAt,
        @Nullable String country,
        OrderKind kind,
        List<OrderLine> lines) {
    public Order {
        Require.id(id, "order id", FieldLimits.ID);
        Require.fits(customerId, "customerId", FieldLimits.ID);
        Require.fits(country, "country", FieldLimits.PLACE);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public double total() {
        double sum = 0;
        for (OrderLine line : lines) {
            sum += line.amount();
        }
        return sum;
    }

    /** The value of the goods: product lines and discounts, without postage, fees, vouchers or corrections. */
    public double merchandiseTotal() {
        double sum = 0;
        for (OrderLine line : lines) {
            if (line.kind().isMerchandise()) {
                sum += line.amount();
            }
        }
        return sum;
    }
}
