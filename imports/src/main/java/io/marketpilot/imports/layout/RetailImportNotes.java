package io.marketpilot.imports.layout;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import io.marketpilot.core.domain.LineKind;
import io.marketpilot.core.domain.OrderKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Counts what each rule of {@link OnlineRetailLayout} did, for the import summary. */
final class RetailImportNotes {
    private int duplicates;
    private int returnInvoices;
    private int returnLines;
    private int unmatchedReturns;
    private int adjustmentInvoices;
    private int stockAdjustmentInvoices;
    private int stockAdjustmentLines;
    private int anonymousLines;
    private int freeItems;
    private int spanningInvoices;
    private int productsNamedByCode;
    private final Map<LineKind, Integer> nonProductLines = new EnumMap<>(LineKind.class);
    private final Map<LineKind, TreeSet<String>> nonProductCodes = new EnumMap<>(LineKind.class);

    void duplicate() {
        duplicates++;
    }

    void invoice(OrderKind kind, boolean stockAdjustment, int lines) {
        if (stockAdjustment) {
            stockAdjustmentInvoices++;
            stockAdjustmentLines += lines;
        } else if (kind == OrderKind.RETURN) {
            returnInvoices++;
            returnLines += lines;
        } else if (kind == OrderKind.ADJUSTMENT) {
            adjustmentInvoices++;
        }
    }

    void line(OnlineRetailLayout.RetailLine line, LineKind lineKind, OrderKind kind, boolean stockAdjustment) {
        if (lineKind != LineKind.PRODUCT) {
            nonProductLines.merge(lineKind, 1, Integer::sum);
            nonProductCodes.computeIfAbsent(lineKind, k -> new TreeSet<>()).add(shortCode(line.code()));
        }
        if (stockAdjustment) {
            return;
        }
        if (line.customerId() == null) {
            anonymousLines++;
        }
        if (lineKind == LineKind.PRODUCT && kind == OrderKind.SALE && line.price() == 0) {
            freeItems++;
        }
    }

    /** Vouchers are listed by their prefix: the code names the value (gift_0001_20, gift_0001_50…). */
    private static String shortCode(String code) {
        return code.toLowerCase(java.util.Locale.ROOT).startsWith("gift_") ? "gift_*" : code;
    }

    void unmatchedReturn() {
        unmatchedReturns++;
    }

    void spanningInvoices(int count) {
        spanningInvoices = count;
    }

    void productsNamedByCode(int count) {
        productsNamedByCode = count;
    }

    List<String> lines() {
        List<String> out = new ArrayList<>();
        add(
                out,
                duplicates,
                "%,d exact duplicate lines skipped (same invoice, stock code, description, quantity, price,"
                        + " time and customer)",
                duplicates);
        add(
                out,
                stockAdjustmentInvoices,
                "%,d invoices without a customer and at price 0 throughout (%,d lines: damaged, lost, found or"
                        + " re-counted stock) kept as stock adjustments, not sales",
                stockAdjustmentInvoices,
                stockAdjustmentLines);
        add(
                out,
                returnInvoices,
                "%,d C-invoices (%,d lines) kept as returns; %,d of their product lines return something this"
                        + " customer has no earlier purchase of in the file (bought before it starts)",
                returnInvoices,
                returnLines,
                unmatchedReturns);
        add(out, adjustmentInvoices, "%,d A-invoices kept as adjustments (bad-debt write-offs)", adjustmentInvoices);
        nonProductLines.forEach((kind, count) -> out.add(String.format(
                java.util.Locale.ROOT,
                "%,d %s lines (%s) kept in their orders as %s, not as products",
                count,
                kind.wireName(),
                String.join(", ", nonProductCodes.get(kind)),
                kind.wireName())));
        add(
                out,
                anonymousLines,
                "%,d lines have no customer: anonymous sales, counted in revenue but in no customer's profile",
                anonymousLines);
        add(out, freeItems, "%,d product lines at price 0 inside sales kept as free items", freeItems);
        add(
                out,
                spanningInvoices,
                "%,d invoices have lines at two or more times (at most %d minutes apart); each is dated by its first"
                        + " line",
                spanningInvoices,
                OrderAssembler.SAME_ORDER_WINDOW.toMinutes());
        add(
                out,
                productsNamedByCode,
                "%,d products have no description on any sale line and are named by their stock code",
                productsNamedByCode);
        return out;
    }

    @FormatMethod
    private static void add(List<String> out, int count, @FormatString String format, Object... args) {
        if (count > 0) {
            out.add(String.format(java.util.Locale.ROOT, format, args));
        }
    }
}
