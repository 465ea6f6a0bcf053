package io.marketpilot.core.domain;

import io.marketpilot.core.input.FieldLimits;
import org.jspecify.annotations.Nullable;

/**
 * One line of an order. Quantity is negative on returns; the product may be unknown (e.g. CDNOW records only an
 * amount). {@code amount} is the line total as the source states it. A line that is not a product (postage, a fee,
 * a discount…) keeps the source's code as {@code productId} and says what it is in {@code kind}.
 */
public record OrderLine(
        int lineNo, @Nullable String productId, double quantity, double unitPrice, double amount, LineKind kind) {
    public OrderLine {
        kind = kind == null ? LineKind.PRODUCT : kind;
        Require.fits(productId, "productId", FieldLimits.ID);
    }

    /** A product line. */
    public OrderLine(int lineNo, @Nullable String productId, double quantity, double unitPrice, double amount) {
        this(lineNo, productId, quantity, unitPrice, amount, LineKind.PRODUCT);
    }
}
