package io.marketpilot.recommend.data;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The "Sample - Superstore" order-line layout (Customer ID, Product ID, Order Date, Quantity, …): one interaction per
 * line of weight 1, at the order date.
 */
public final class SuperstoreReader {
    private SuperstoreReader() {}

    public static Interactions read(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(reader, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Superstore file " + path, e);
        }
    }

    public static Interactions read(Reader reader, String source) throws IOException {
        try (CSVParser parser = CsvFiles.FORMAT.parse(reader)) {
            int customer = CsvFiles.required(parser, source, "Customer ID");
            int product = CsvFiles.required(parser, source, "Product ID");
            int date = CsvFiles.required(parser, source, "Order Date");
            Interactions.Builder builder = Interactions.builder();
            for (CSVRecord row : parser) {
                String where = source + " line " + parser.getCurrentLineNumber();
                if (!row.isConsistent()) {
                    throw MarketPilotException.invalid(
                            where + ": expected " + parser.getHeaderNames().size() + " fields, found " + row.size());
                }
                try {
                    builder.add(
                            row.get(customer).trim(), row.get(product).trim(), 1.0, Timestamps.parse(row.get(date)));
                } catch (DateTimeParseException | MarketPilotException e) {
                    throw MarketPilotException.invalid(where + ": " + e.getMessage());
                }
            }
            return builder.build();
        }
    }
}
