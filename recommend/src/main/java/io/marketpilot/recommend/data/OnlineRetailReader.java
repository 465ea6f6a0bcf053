package io.marketpilot.recommend.data;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the UCI "Online Retail" layout (InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice,
 * CustomerID, Country) as purchases: weight 1 per invoice line, so a cell's weight is how often the customer bought
 * the product.
 *
 * <p>Dropped: rows without CustomerID (anonymous sales cannot be attributed), cancellations (InvoiceNo starting with
 * C), adjustments (A) and non-positive quantities (stock write-offs). Quantity is otherwise ignored because
 * wholesale buyers order hundreds of units and would swamp the signal of everyone else.
 */
public final class OnlineRetailReader {
    private OnlineRetailReader() {}

    public static Interactions read(Path path) {
        return CsvFiles.readFile(path, StandardCharsets.UTF_8, "Online Retail file", OnlineRetailReader::read);
    }

    public static Interactions read(Reader reader, String source) throws IOException {
        try (CSVParser parser = CsvFiles.parse(reader, source)) {
            int invoice = CsvFiles.required(parser, source, "InvoiceNo");
            int stockCode = CsvFiles.required(parser, source, "StockCode");
            int quantity = CsvFiles.required(parser, source, "Quantity");
            int date = CsvFiles.required(parser, source, "InvoiceDate");
            int customer = CsvFiles.required(parser, source, "CustomerID");
            Interactions.Builder builder = Interactions.builder();
            for (CSVRecord row : CsvFiles.records(parser, source)) {
                String where = source + " line " + parser.getCurrentLineNumber();
                CsvFiles.requireConsistent(parser, row, where);
                String customerId = customerId(row.get(customer));
                String invoiceNo = row.get(invoice).trim();
                if (customerId.isEmpty() || invoiceNo.isEmpty() || !Character.isDigit(invoiceNo.charAt(0))) {
                    continue;
                }
                try {
                    if (Double.parseDouble(row.get(quantity).trim()) <= 0) {
                        continue;
                    }
                    builder.add(customerId, row.get(stockCode).trim(), 1.0, Timestamps.parse(row.get(date)));
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw MarketPilotException.invalid(where + ": " + e.getMessage());
                } catch (MarketPilotException e) {
                    throw MarketPilotException.invalid(where + ": " + e.getMessage());
                }
            }
            return builder.build();
        }
    }

    /** Spreadsheet exports write the numeric CustomerID as 17850.0; the id is 17850. */
    private static String customerId(String raw) {
        String id = raw.trim();
        return id.endsWith(".0") ? id.substring(0, id.length() - 2) : id;
    }
}
