package io.marketpilot.predict.sendtime;

import io.marketpilot.core.MarketPilotException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads purchase times from an orders CSV, plain or gzipped, told apart by its header: the UCI Online Retail layout
 * (one purchase per invoice), MarketPilot's orders layout or any {@code customer_id,ordered_at} file (one purchase per
 * {@code order_id} when there is one), or the date-only CDNOW layout ({@code customer_id,order_date}).
 */
public final class PurchaseTimesCsv {
    static final String ONLINE_RETAIL = "UCI Online Retail";
    static final String ORDERS = "customer_id,ordered_at";
    static final String CDNOW = "CDNOW (dates only)";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    private static final DateTimeFormatter INVOICE_DATE = DateTimeFormatter.ofPattern("M/d/yyyy H:mm", Locale.ROOT);

    private PurchaseTimesCsv() {}

    /**
     * Reads the purchase times of a file in one of the known layouts.
     *
     * @throws MarketPilotException INVALID_INPUT for an unknown layout or naming the line of the first bad row
     * @throws UncheckedIOException when the file cannot be read
     */
    public static PurchaseTimeFile read(Path path) {
        try (Reader reader = open(path)) {
            return read(reader, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read orders file " + path, e);
        }
    }

    static PurchaseTimeFile read(Reader in, String source) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        try (CSVParser parser = FORMAT.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            if (header.containsAll(List.of("InvoiceNo", "InvoiceDate", "CustomerID"))) {
                return onlineRetail(parser, source);
            }
            if (header.containsAll(List.of("customer_id", "ordered_at"))) {
                return orders(parser, source);
            }
            if (header.containsAll(List.of("customer_id", "order_date"))) {
                return cdnow(parser, source);
            }
            throw MarketPilotException.invalid(source + ": unknown layout " + header
                    + "; expected UCI Online Retail (InvoiceNo, InvoiceDate, CustomerID, ...), customer_id,ordered_at"
                    + " or customer_id,order_date");
        }
    }

    // one purchase per invoice: its lines share customer and time; cancellations (C...) and adjustments (A...) are
    // not purchases, and rows without CustomerID cannot be attributed
    private static PurchaseTimeFile onlineRetail(CSVParser parser, String source) {
        boolean hasQuantity = parser.getHeaderMap().containsKey("Quantity");
        Set<String> invoices = new HashSet<>();
        List<PurchaseTime> purchases = new ArrayList<>();
        int rows = 0;
        for (CSVRecord row : parser) {
            rows++;
            String where = where(row, source);
            String invoice = row.get("InvoiceNo");
            String customer = customerId(row.get("CustomerID"));
            if (customer.isEmpty() || invoice.isEmpty() || !Character.isDigit(invoice.charAt(0))) {
                continue;
            }
            try {
                if (hasQuantity && Double.parseDouble(row.get("Quantity")) <= 0) {
                    continue;
                }
                if (invoices.add(invoice)) {
                    purchases.add(
                            new PurchaseTime(customer, LocalDateTime.parse(row.get("InvoiceDate"), INVOICE_DATE)));
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw MarketPilotException.invalid(where + ": " + e.getMessage());
            }
        }
        return new PurchaseTimeFile(ONLINE_RETAIL, rows, true, purchases);
    }

    // MarketPilot exports one row per order line: the order counts once; returns and adjustments are no purchase
    private static PurchaseTimeFile orders(CSVParser parser, String source) {
        boolean hasOrderId = parser.getHeaderMap().containsKey("order_id");
        boolean hasKind = parser.getHeaderMap().containsKey("kind");
        Set<String> orders = new HashSet<>();
        List<PurchaseTime> purchases = new ArrayList<>();
        int rows = 0;
        for (CSVRecord row : parser) {
            rows++;
            String where = where(row, source);
            String customer = row.get("customer_id");
            String kind = hasKind ? row.get("kind").toLowerCase(Locale.ROOT) : "";
            if (customer.isEmpty() || !(kind.isEmpty() || kind.equals("sale"))) {
                continue;
            }
            if (hasOrderId && !orders.add(row.get("order_id"))) {
                continue;
            }
            purchases.add(new PurchaseTime(customer, dateTime(row.get("ordered_at"), where)));
        }
        return new PurchaseTimeFile(ORDERS, rows, true, purchases);
    }

    private static PurchaseTimeFile cdnow(CSVParser parser, String source) {
        List<PurchaseTime> purchases = new ArrayList<>();
        int rows = 0;
        for (CSVRecord row : parser) {
            rows++;
            try {
                purchases.add(new PurchaseTime(
                        row.get("customer_id"),
                        LocalDate.parse(row.get("order_date")).atStartOfDay()));
            } catch (DateTimeParseException e) {
                throw MarketPilotException.invalid(where(row, source) + ": " + e.getMessage());
            } catch (MarketPilotException e) {
                throw MarketPilotException.invalid(where(row, source) + ": " + e.getMessage());
            }
        }
        return new PurchaseTimeFile(CDNOW, rows, false, purchases);
    }

    /**
     * ISO local date-time, with 'T' or a space; with an offset the local time as written is kept, because send times
     * are about the clock the customer sees.
     */
    static LocalDateTime dateTime(String value, String where) {
        String iso = value.length() > 10 && value.charAt(10) == ' '
                ? value.substring(0, 10) + 'T' + value.substring(11)
                : value;
        try {
            return LocalDateTime.parse(iso);
        } catch (DateTimeParseException notLocal) {
            try {
                return OffsetDateTime.parse(iso).toLocalDateTime();
            } catch (DateTimeParseException e) {
                throw MarketPilotException.invalid(
                        where + ": ordered_at '" + value + "' is not an ISO date-time such as 2026-04-28T21:32");
            }
        }
    }

    private static String where(CSVRecord row, String source) {
        String where = source + " line " + row.getParser().getCurrentLineNumber();
        if (!row.isConsistent()) {
            throw MarketPilotException.invalid(
                    where + ": expected " + row.getParser().getHeaderNames().size() + " fields, found " + row.size());
        }
        return where;
    }

    /** Spreadsheet exports write the numeric CustomerID as 17850.0; the id is 17850. */
    private static String customerId(String raw) {
        return raw.endsWith(".0") ? raw.substring(0, raw.length() - 2) : raw;
    }

    // gzip is recognised by its magic bytes, so a renamed file still reads
    private static Reader open(Path path) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path));
        try {
            in.mark(2);
            boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
            in.reset();
            return new InputStreamReader(gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }
}
