package io.marketpilot.imports.layout;

import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.LineKind;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.Product;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.imports.Fields;
import io.marketpilot.imports.ImportBatch;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.RowErrors;
import io.marketpilot.imports.SourceRow;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The UCI "Online Retail" layouts as published: the original (InvoiceNo, StockCode, Description, Quantity,
 * InvoiceDate, UnitPrice, CustomerID, Country) and its successor "Online Retail II" (Invoice, …, Price, Customer ID,
 * Country). The real files are a till's export, and each oddity is decided as a retail analyst would (the import
 * summary says how many lines each rule touched):
 *
 * <ul>
 *   <li>invoices starting with C are returns (credit notes), with A adjustments (bad-debt write-offs);
 *   <li>an invoice without a customer whose lines are all at price 0 is a stock adjustment (damaged, lost, found),
 *       not a sale; a price-0 line inside a sale is a free item;
 *   <li>non-product codes (postage, fees, discounts, vouchers, manual corrections: {@link RetailStockCodes}) stay in
 *       the order with their {@link LineKind}, and no product is made of them;
 *   <li>a line repeated exactly (same invoice, code, description, quantity, price, time and customer) is a duplicate
 *       of the export and is skipped;
 *   <li>lines without a customer are anonymous sales; returns without an earlier matching sale (bought before the
 *       file starts) are kept as returns;
 *   <li>a product is named by its description on a sale line (the descriptions of stock adjustments are notes such as
 *       "damaged"), else by its stock code.
 * </ul>
 */
final class OnlineRetailLayout implements Layout {
    /** The store's column widths: a longer value is a row error, not a failed write. */
    private static final int PRODUCT_NAME_WIDTH = FieldLimits.PRODUCT_NAME;

    private static final int COUNTRY_WIDTH = FieldLimits.PLACE;

    private final String name;
    private final String invoiceColumn;
    private final String priceColumn;

    private OnlineRetailLayout(String name, String invoiceColumn, String priceColumn) {
        this.name = name;
        this.invoiceColumn = invoiceColumn;
        this.priceColumn = priceColumn;
    }

    static OnlineRetailLayout original() {
        return new OnlineRetailLayout("uci-online-retail", "invoiceno", "unitprice");
    }

    static OnlineRetailLayout second() {
        return new OnlineRetailLayout("uci-online-retail-ii", "invoice", "price");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ORDERS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(invoiceColumn, "stockcode", "description", "quantity", "invoicedate", priceColumn, "customerid");
    }

    /** One valid line of the file. */
    record RetailLine(
            SourceRow row,
            String invoice,
            String code,
            String description,
            double quantity,
            LocalDateTime at,
            double price,
            @Nullable String customerId,
            @Nullable String country) {

        String duplicateKey() {
            return String.join(
                    "\u0001",
                    invoice,
                    code,
                    description,
                    Double.toString(quantity),
                    at.toString(),
                    Double.toString(price),
                    customerId);
        }
    }

    @Override
    public void parse(List<SourceRow> rows, Fields f, RowErrors errors, ImportBatch batch) {
        RetailImportNotes notes = new RetailImportNotes();
        Map<String, List<RetailLine>> invoices = readInvoices(rows, f, notes);
        Map<String, LocalDateTime> firstSale = firstSales(invoices);
        OrderAssembler orders = new OrderAssembler(errors);
        invoices.forEach((invoice, lines) -> assemble(invoice, lines, firstSale, batch, orders, notes));
        batch.orders.addAll(orders.orders());
        notes.spanningInvoices(orders.ordersSpanningTimes());
        notes.productsNamedByCode((int) batch.derivedProducts.values().stream()
                .filter(p -> p.name().equals(p.id()))
                .count());
        batch.notes.addAll(notes.lines());
    }

    private Map<String, List<RetailLine>> readInvoices(List<SourceRow> rows, Fields f, RetailImportNotes notes) {
        Map<String, List<RetailLine>> invoices = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (SourceRow row : rows) {
            var invoice = f.id(row, invoiceColumn);
            var stockCode = f.id(row, "stockcode");
            var quantity = f.number(row, "quantity");
            var at = f.dateTime(row, "invoicedate");
            var price = f.number(row, priceColumn);
            var customerId = f.optionalId(row, "customerid");
            var description = f.optionalText(row, "description", PRODUCT_NAME_WIDTH);
            var country = f.optionalText(row, "country", COUNTRY_WIDTH);
            if (invoice.isEmpty() || stockCode.isEmpty() || quantity.isEmpty() || at.isEmpty() || price.isEmpty()) {
                continue;
            }
            if (row.has("customerid") && customerId.isEmpty()) {
                continue; // refused, not anonymous: judged as anonymous, its invoice's other lines would be refused too
            }
            RetailLine line = new RetailLine(
                    row,
                    invoice.get(),
                    stockCode.get(),
                    description.orElse(""),
                    quantity.get(),
                    at.get(),
                    price.get(),
                    customerId.orElse(null),
                    country.orElse(null));
            if (!seen.add(line.duplicateKey())) {
                notes.duplicate();
                continue;
            }
            invoices.computeIfAbsent(line.invoice(), k -> new ArrayList<>()).add(line);
        }
        return invoices;
    }

    /** The earliest sale of each (customer, stock code), to tell returns of purchases made before the file starts. */
    private static Map<String, LocalDateTime> firstSales(Map<String, List<RetailLine>> invoices) {
        Map<String, LocalDateTime> first = new HashMap<>();
        invoices.forEach((invoice, lines) -> {
            if (invoiceKind(invoice, lines) != OrderKind.SALE) {
                return;
            }
            for (RetailLine l : lines) {
                if (l.customerId() != null && l.quantity() > 0) {
                    first.merge(customerProduct(l), l.at(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        });
        return first;
    }

    private static String customerProduct(RetailLine l) {
        return l.customerId() + "\u0001" + l.code();
    }

    private static void assemble(
            String invoice,
            List<RetailLine> lines,
            Map<String, LocalDateTime> firstSale,
            ImportBatch batch,
            OrderAssembler orders,
            RetailImportNotes notes) {
        OrderKind kind = invoiceKind(invoice, lines);
        boolean stockAdjustment = isStockAdjustment(invoice, lines);
        notes.invoice(kind, stockAdjustment, lines.size());
        for (RetailLine l : lines) {
            LineKind lineKind = RetailStockCodes.nonProduct(l.code()).orElse(LineKind.PRODUCT);
            notes.line(l, lineKind, kind, stockAdjustment);
            if (lineKind == LineKind.PRODUCT) {
                deriveProduct(batch, l, stockAdjustment);
                if (kind == OrderKind.RETURN && l.customerId() != null && !soldBefore(firstSale, l)) {
                    notes.unmatchedReturn();
                }
            }
            if (l.customerId() != null) {
                batch.derivedCustomers.putIfAbsent(
                        l.customerId(), new Customer(l.customerId(), null, null, l.country(), null, null));
            }
            orders.add(
                    l.row(),
                    invoice,
                    l.customerId(),
                    l.at(),
                    l.country(),
                    kind,
                    l.code(),
                    l.quantity(),
                    l.price(),
                    l.quantity() * l.price(),
                    lineKind);
        }
    }

    private static boolean soldBefore(Map<String, LocalDateTime> firstSale, RetailLine l) {
        LocalDateTime first = firstSale.get(customerProduct(l));
        return first != null && !first.isAfter(l.at());
    }

    private static OrderKind invoiceKind(String invoice, List<RetailLine> lines) {
        return switch (Character.toUpperCase(invoice.charAt(0))) {
            case 'C' -> OrderKind.RETURN;
            case 'A' -> OrderKind.ADJUSTMENT;
            default -> isStockAdjustment(invoice, lines) ? OrderKind.ADJUSTMENT : OrderKind.SALE;
        };
    }

    /** No customer and nothing charged: goods booked in or out of stock (damaged, lost, found), not a sale. */
    private static boolean isStockAdjustment(String invoice, List<RetailLine> lines) {
        if (!Character.isDigit(invoice.charAt(0))) {
            return false;
        }
        return lines.stream().allMatch(l -> l.customerId() == null && l.price() == 0);
    }

    /**
     * Makes or improves the product of a line: named by the first description seen on a line that is not a stock
     * adjustment (whose descriptions are notes such as "damaged" or "?"), priced by the first positive price.
     */
    private static void deriveProduct(ImportBatch batch, RetailLine line, boolean stockAdjustment) {
        String code = line.code();
        Product known = batch.derivedProducts.get(code);
        boolean describes = !stockAdjustment && !line.description().isEmpty();
        String name = code;
        if (known != null && !known.name().equals(code)) {
            name = known.name();
        } else if (describes) {
            name = line.description();
        }
        Double price = known == null ? null : known.price();
        if (price == null && line.price() > 0) {
            price = line.price();
        }
        if (known == null || !name.equals(known.name()) || !Objects.equals(price, known.price())) {
            batch.derivedProducts.put(code, new Product(code, name, null, null, price, null, null, null));
        }
    }
}
