package io.marketpilot.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.app.web.Json;
import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/** Writes command results for machines ({@code json}, {@code jsonl}, {@code csv}) or people ({@code table}). */
public final class Output {
    private static final ObjectMapper JSON = Json.mapper();

    private Output() {}

    public static void json(Object value, PrintStream out) {
        try {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows with the same keys in the same order, in the requested format. */
    public static void rows(List<Map<String, Object>> rows, String format, PrintStream out) {
        switch (format.toLowerCase(Locale.ROOT)) {
            case "jsonl" -> rows.forEach(r -> out.println(compact(r)));
            case "json" -> json(rows, out);
            case "csv" -> csv(rows, out);
            case "table" -> table(rows, out);
            default ->
                throw MarketPilotException.invalid("Unknown format '" + format + "': use jsonl, json, csv or table");
        }
    }

    /** Answer records as rows, with the fields the API writes for them (the server's JSON mapper names them). */
    public static void records(List<? extends Record> records, String format, PrintStream out) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Record r : records) {
            rows.add(asMap(r));
        }
        rows(rows, format, out);
    }

    /** An answer record's fields as the API writes them, in order. */
    public static Map<String, Object> asMap(Record answer) {
        return JSON.convertValue(answer, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {});
    }

    static String compact(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void csv(List<Map<String, Object>> rows, PrintStream out) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> header = new ArrayList<>(rows.getFirst().keySet());
        try {
            CSVPrinter printer = new CSVPrinter(
                    out,
                    CSVFormat.DEFAULT
                            .builder()
                            .setRecordSeparator('\n')
                            .setHeader(header.toArray(String[]::new))
                            .get());
            for (Map<String, Object> row : rows) {
                printer.printRecord(header.stream().map(h -> cell(row.get(h))).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(List<Map<String, Object>> rows, PrintStream out) {
        if (rows.isEmpty()) {
            out.println("(no rows)");
            return;
        }
        List<String> header = new ArrayList<>(rows.getFirst().keySet());
        int[] width = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            width[i] = header.get(i).length();
            for (Map<String, Object> row : rows) {
                width[i] = Math.max(
                        width[i], Math.min(60, cell(row.get(header.get(i))).length()));
            }
        }
        out.println(line(header.stream().map(h -> (Object) h).toList(), width));
        for (Map<String, Object> row : rows) {
            out.println(line(header.stream().map(row::get).toList(), width));
        }
    }

    private static String line(List<Object> cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cell(cells.get(i));
            if (c.length() > 60) {
                c = c.substring(0, 59) + "…";
            }
            boolean numeric = cells.get(i) instanceof Number;
            sb.append(numeric ? " ".repeat(width[i] - c.length()) + c : c + " ".repeat(width[i] - c.length()));
            sb.append(i == cells.size() - 1 ? "" : "  ");
        }
        return sb.toString().stripTrailing();
    }

    private static String cell(@Nullable Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.6g", d)
                    .replaceAll("(\\.\\d*?)0+$", "$1")
                    .replaceAll("\\.$", "");
        }
        return v.toString();
    }
}
