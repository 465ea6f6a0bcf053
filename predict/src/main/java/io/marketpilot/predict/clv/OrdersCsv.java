package io.marketpilot.predict.clv;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an orders CSV with a header naming at least {@code customer_id}, {@code order_date} (ISO date) and
 * {@code amount}, the layout of the CDNOW files; other columns such as {@code quantity} are ignored.
 */
public final class OrdersCsv {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private OrdersCsv() {}

    /**
     * Parses every row into a transaction.
     *
     * @throws MarketPilotException INVALID_INPUT naming the line of the first bad row, or a missing column
     * @throws UncheckedIOException when the file cannot be read
     */
    public static List<Transaction> read(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(reader, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read orders file " + path, e);
        }
    }

    static List<Transaction> read(Reader reader, String source) throws IOException {
        try (CSVParser parser = FORMAT.parse(reader)) {
            for (String column : List.of("customer_id", "order_date", "amount")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw MarketPilotException.invalid(
                            source + ": header lacks column '" + column + "', found " + parser.getHeaderNames());
                }
            }
            List<Transaction> transactions = new ArrayList<>();
            for (CSVRecord row : parser) {
                transactions.add(parse(row, source));
            }
            return transactions;
        }
    }

    private static Transaction parse(CSVRecord row, String source) {
        String where = source + " line " + row.getParser().getCurrentLineNumber();
        if (!row.isConsistent()) {
            throw MarketPilotException.invalid(
                    where + ": expected " + row.getParser().getHeaderNames().size() + " fields, found " + row.size());
        }
        try {
            return new Transaction(
                    row.get("customer_id"),
                    LocalDate.parse(row.get("order_date")),
                    Double.parseDouble(row.get("amount")));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw MarketPilotException.invalid(where + ": " + e.getMessage());
        } catch (MarketPilotException e) {
            throw MarketPilotException.invalid(where + ": " + e.getMessage());
        }
    }
}
