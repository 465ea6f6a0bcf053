package io.marketpilot.imports.layout;

import io.marketpilot.core.domain.LineKind;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The stock codes of the UCI Online Retail files that are not goods, and what each is. Both files use the shop's
 * till codes for postage (POST, DOT for the web shop, C2 carriage), third-party charges (BANK CHARGES, AMAZONFEE,
 * CRUK commission), discounts (D), gift vouchers (gift_0001_*), and corrections (M manual, B bad debt, S samples,
 * ADJUST*, TEST*). Everything else (five digits with an optional variant letter, DCGS gift sets, PADS…) is a product.
 */
final class RetailStockCodes {
    private static final Map<String, LineKind> EXACT = Map.ofEntries(
            Map.entry("POST", LineKind.SHIPPING),
            Map.entry("DOT", LineKind.SHIPPING),
            Map.entry("C2", LineKind.SHIPPING),
            Map.entry("BANK CHARGES", LineKind.FEE),
            Map.entry("AMAZONFEE", LineKind.FEE),
            Map.entry("CRUK", LineKind.FEE),
            Map.entry("D", LineKind.DISCOUNT),
            Map.entry("M", LineKind.ADJUSTMENT),
            Map.entry("B", LineKind.ADJUSTMENT),
            Map.entry("S", LineKind.ADJUSTMENT));

    private RetailStockCodes() {}

    /** What a non-product code is; empty for a product. */
    static Optional<LineKind> nonProduct(String stockCode) {
        String code = stockCode.strip().toUpperCase(Locale.ROOT);
        LineKind exact = EXACT.get(code);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (code.startsWith("GIFT_")) {
            return Optional.of(LineKind.VOUCHER);
        }
        if (code.startsWith("ADJUST") || code.startsWith("TEST")) {
            return Optional.of(LineKind.ADJUSTMENT);
        }
        return Optional.empty();
    }
}
