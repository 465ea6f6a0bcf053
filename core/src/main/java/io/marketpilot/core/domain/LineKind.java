package io.marketpilot.core.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What an order line is. Real till and web-shop exports mix goods with lines that are not goods: postage, bank and
 * marketplace fees, discounts, gift vouchers and manual corrections. They count in what a customer paid, but not as
 * products bought: recommendations, category shares and product figures read {@link #PRODUCT} lines only.
 */
public enum LineKind {
    PRODUCT,
    SHIPPING,
    FEE,
    DISCOUNT,
    VOUCHER,
    ADJUSTMENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LineKind> ofWireName(String name) {
        for (LineKind k : values()) {
            if (k.wireName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public boolean isProduct() {
        return this == PRODUCT;
    }

    /** Whether the line's amount is part of the value of the goods (a discount lowers it). */
    public boolean isMerchandise() {
        return this == PRODUCT || this == DISCOUNT;
    }
}
