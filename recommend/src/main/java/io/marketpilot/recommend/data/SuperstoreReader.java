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
 * The "Sample - Superstore" order-line layout (Customer ID, Product ID, Order Date, Quantity, …): one interaction per
 * line of weight 1, at the order date.
 */
public final class SuperstoreReader {
    private SuperstoreReader() {}

    public static Interactions read(Path path) {
        return CsvFiles.readFile(path, StandardCharsets.UTF_8, "Superstore file", SuperstoreReader::read);
    }

    public static Interactions read(Reader reader, String source) throws IOException {
        try (CSVParser parser = CsvFiles.parse(reader, source)) {
            int customer = CsvFiles.required(parser, source, "Customer ID");
            int product = CsvFiles.required(parser, source, "Product ID");
            int date = CsvFiles.required(parser, source, "Order Date");
            Interactions.Builder builder = Interactions.builder();
            for (CSVRecord row : CsvFiles.records(parser, source)) {
                String where = source + " line " + parser.getCurrentLineNumber();
                CsvFiles.requireConsistent(parser, row, where);
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
