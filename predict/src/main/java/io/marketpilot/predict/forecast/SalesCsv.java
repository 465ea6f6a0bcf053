package io.marketpilot.predict.forecast;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.predict.clv.OrdersCsv;
import io.marketpilot.predict.clv.Transaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads dated amounts from a CSV with a header: any layout through {@link SalesColumns}, or the CDNOW orders layout
 * through the CLV module's {@link OrdersCsv}. A UTF-8 byte order mark (Excel and Tableau exports) is skipped.
 */
public final class SalesCsv {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private SalesCsv() {}

    /** Every order of a CDNOW-layout file ({@code customer_id,order_date,quantity,amount}) as a sale of "total". */
    public static List<Sale> readOrders(Path path) {
        List<Transaction> orders = OrdersCsv.read(path);
        List<Sale> sales = new ArrayList<>(orders.size());
        for (Transaction t : orders) {
            sales.add(new Sale(SalesColumns.TOTAL, t.date(), t.amount()));
        }
        return sales;
    }

    /**
     * Parses every row into a sale keyed by the series column, or "total" without one.
     *
     * @throws MarketPilotException INVALID_INPUT naming the line of the first bad row, or a missing column
     * @throws UncheckedIOException when the file cannot be read
     */
    public static List<Sale> read(Path path, SalesColumns columns) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(reader, path.toString(), columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sales file " + path, e);
        }
    }

    /** The column names of a CSV's header, to tell layouts apart. */
    public static List<String> header(Path path) {
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            skipByteOrderMark(reader);
            try (CSVParser parser = FORMAT.parse(reader)) {
                return parser.getHeaderNames();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sales file " + path, e);
        }
    }

    static List<Sale> read(Reader in, String source, SalesColumns columns) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        skipByteOrderMark(reader);
        try (CSVParser parser = FORMAT.parse(reader)) {
            List<String> needed = new ArrayList<>(List.of(columns.date(), columns.amount()));
            columns.series().ifPresent(needed::add);
            for (String column : needed) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw MarketPilotException.invalid(
                            source + ": header lacks column '" + column + "', found " + parser.getHeaderNames());
                }
            }
            DateTimeFormatter dates = columns.formatter();
            List<Sale> sales = new ArrayList<>();
            for (CSVRecord row : parser) {
                sales.add(parse(row, source, columns, dates));
            }
            return sales;
        }
    }

    private static Sale parse(CSVRecord row, String source, SalesColumns columns, DateTimeFormatter dates) {
        String where = source + " line " + row.getParser().getCurrentLineNumber();
        if (!row.isConsistent()) {
            throw MarketPilotException.invalid(
                    where + ": expected " + row.getParser().getHeaderNames().size() + " fields, found " + row.size());
        }
        try {
            String key = columns.series().map(row::get).orElse(SalesColumns.TOTAL);
            return new Sale(
                    key,
                    LocalDate.parse(row.get(columns.date()), dates),
                    Double.parseDouble(row.get(columns.amount())));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw MarketPilotException.invalid(where + ": " + e.getMessage());
        } catch (MarketPilotException e) {
            throw MarketPilotException.invalid(where + ": " + e.getMessage());
        }
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }
}
