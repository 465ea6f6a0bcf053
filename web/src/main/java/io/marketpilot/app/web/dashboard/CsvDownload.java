package io.marketpilot.app.web.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files the dashboard offers for download, made for spreadsheets: fields are quoted where they hold a comma, a
 * quote or a line break, and text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
 * carriage return: a customer name "=HYPERLINK(…)" imported from anywhere) is prefixed with an apostrophe, as OWASP
 * advises against CSV injection. Numbers are written as numbers.
 */
public final class CsvDownload {
    private CsvDownload() {}

    public static String of(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(CsvDownload::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value;
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
