package io.marketpilot.app.insight;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.imports.Headers;
import io.marketpilot.imports.SourceData;
import io.marketpilot.imports.SourceFormat;
import io.marketpilot.imports.SourceReader;
import io.marketpilot.imports.SourceRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Texts to analyse, read from CSV/TSV with a header, JSON Lines, or plain text (one text per line; a line ending in
 * a tab and a whole number, as in the UCI sentence files, gives that number as the label).
 */
public final class TextRows {
    /** One text with its id (the line number when the file has no id column) and its gold label, if the file has one. */
    public record TextRow(
            String id, int line, String text, @Nullable String label) {}

    private TextRows() {}

    /** Reads the texts; without an id column rows are named by line, without a label column they have no label. */
    public static List<TextRow> read(
            String name, InputStream in, String textColumn, @Nullable String idColumn, @Nullable String labelColumn)
            throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt") || lower.endsWith(".txt.gz") || lower.equals("-")) {
            return plain(in, lower.endsWith(".gz"));
        }
        SourceData data = SourceReader.readLenient(in, SourceFormat.fromFileName(name));
        String text = Headers.normalise(textColumn);
        if (!data.headers().names().contains(text)) {
            throw MarketPilotException.invalid("No column '" + textColumn + "' in " + name + "; columns are "
                    + data.headers().names().stream().sorted().toList() + " (choose one with --text-column)");
        }
        String id = idColumn == null ? null : Headers.normalise(idColumn);
        String label = labelColumn == null ? null : Headers.normalise(labelColumn);
        List<TextRow> rows = new ArrayList<>();
        for (SourceRow r : data.rows()) {
            String rowId = id != null && r.has(id) ? r.get(id) : String.valueOf(r.line());
            rows.add(new TextRow(
                    rowId, r.line(), r.values().getOrDefault(text, ""), label == null ? null : r.get(label)));
        }
        if (!data.errors().isEmpty()) {
            throw MarketPilotException.invalid(
                    "Cannot read " + name + ": " + data.errors().getFirst());
        }
        return rows;
    }

    private static List<TextRow> plain(InputStream raw, boolean gzip) {
        try {
            return plainLines(new SourceFormat(SourceFormat.Type.CSV, gzip).open(raw));
        } catch (IOException e) {
            // e.g. a .gz name on bytes that are not gzip, or a cut-off archive: the user's file, not our fault
            throw MarketPilotException.invalid("Cannot read the texts: " + e.getMessage());
        }
    }

    private static List<TextRow> plainLines(InputStream in) throws IOException {
        List<TextRow> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                int tab = line.lastIndexOf('\t');
                String tail = tab < 0 ? "" : line.substring(tab + 1).strip();
                if (tab >= 0 && tail.matches("-?\\d+")) {
                    rows.add(new TextRow(String.valueOf(n), n, line.substring(0, tab), tail));
                } else {
                    rows.add(new TextRow(String.valueOf(n), n, line, null));
                }
            }
        }
        return rows;
    }
}
