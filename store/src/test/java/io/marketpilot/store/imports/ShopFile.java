package io.marketpilot.store.imports;

import io.marketpilot.imports.ImportKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A generated import file before it becomes bytes: its layout, header, rows and the damage done to some of them.
 * Rendering keeps the line each row starts on, which is what the importer must name.
 */
record ShopFile(
        String layout,
        ImportKind kind,
        List<String> header,
        List<Map<String, String>> rows,
        String format,
        boolean gzip,
        boolean bom,
        String lineEnd,
        List<Mutilation> mutilations) {

    /** The file's bytes, the line each row starts on, and the line after the last. */
    record Rendered(byte[] bytes, List<Integer> lines, int end) {}

    String fileName() {
        return "shop-" + layout + "." + format + (gzip ? ".gz" : "");
    }

    ShopFile with(List<Mutilation> damage) {
        return new ShopFile(layout, kind, header, rows, format, gzip, bom, lineEnd, damage);
    }

    Rendered render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
        }
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        if (!format.equals("jsonl")) {
            String head = delimited(header);
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            line += breaks(head);
        }
        for (int r = 0; r < rows.size(); r++) {
            lines.add(line);
            byte[] record = record(r);
            out.writeBytes(record);
            line += breaks(new String(record, StandardCharsets.ISO_8859_1));
        }
        byte[] bytes = out.toByteArray();
        return new Rendered(gzip ? SourceReaderPropertiesTest.gzip(bytes) : bytes, lines, line);
    }

    /** One row as bytes, with this row's damage applied (most of it as text, bad bytes as bytes). */
    private byte[] record(int r) {
        List<String> values = new ArrayList<>();
        for (String column : header) {
            values.add(value(r, column));
        }
        Mutilation.Kind structural = mutilations.stream()
                .filter(m -> m.row() == r && m.column().isEmpty())
                .map(Mutilation::kind)
                .findFirst()
                .orElse(null);
        if (structural == Mutilation.Kind.MISSING_FIELD) {
            values.removeLast();
        } else if (structural == Mutilation.Kind.EXTRA_FIELD) {
            values.add("extra");
        }
        String text = format.equals("jsonl") ? json(values) : delimited(values);
        if (structural == Mutilation.Kind.UNCLOSED_QUOTE) {
            text = (format.equals("jsonl") ? "{\"" : "\"") + text;
        } else if (structural == Mutilation.Kind.BROKEN_JSON) {
            text = text.replaceFirst("\\}\\s*$", lineEnd);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (structural == Mutilation.Kind.LATIN1_BYTE) {
            // "é" as Latin-1 writes it, at the start of the row so that it sits on the row's first line
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(0xE9);
            out.writeBytes(bytes);
            bytes = out.toByteArray();
        }
        return bytes;
    }

    private String value(int r, String column) {
        for (Mutilation m : mutilations) {
            if (m.row() == r && m.column().equals(column)) {
                return m.value();
            }
        }
        return rows.get(r).getOrDefault(column, "");
    }

    private String delimited(List<String> values) {
        CSVFormat csv = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(format.equals("tsv") ? '\t' : ',')
                .setRecordSeparator(lineEnd)
                .get();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, csv)) {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** JSON written by hand so that a lone surrogate can be escaped as JSON allows, which Jackson will not write. */
    private String json(List<String> values) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            String key = i < header.size() ? header.get(i) : "extra";
            sb.append(i == 0 ? "" : ",").append(quote(key)).append(':').append(quote(values.get(i)));
        }
        return sb.append('}').append(lineEnd).toString();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || (Character.isSurrogate(c) && !pairedAt(s, i))) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** Line breaks as the CSV parser counts them: LF, CR LF and a lone CR. */
    private static int breaks(String text) {
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r'))) {
                breaks++;
            }
        }
        return breaks;
    }
}
