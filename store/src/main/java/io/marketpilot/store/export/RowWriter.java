package io.marketpilot.store.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.imports.SourceFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/** Writes exported rows one at a time, as JSON lines or delimited text with a header. */
abstract class RowWriter implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicInteger count;

    RowWriter(AtomicInteger count) {
        this.count = count;
    }

    /** @param count counts the rows written, readable after a failed write too */
    static RowWriter of(SourceFormat format, Writer writer, List<String> columns, AtomicInteger count)
            throws IOException {
        return format.type() == SourceFormat.Type.JSONL
                ? new JsonLines(writer, count)
                : new Delimited(writer, columns, format.type().delimiter(), count);
    }

    /** Writes one row; a failed write (the reader went away) ends the export. */
    final void write(Map<String, @Nullable Object> row) {
        try {
            writeRow(row);
            count.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    abstract void writeRow(Map<String, @Nullable Object> row) throws IOException;

    @Override
    public void close() throws IOException {}

    private static final class JsonLines extends RowWriter {
        private final Writer writer;

        JsonLines(Writer writer, AtomicInteger count) {
            super(count);
            this.writer = writer;
        }

        @Override
        void writeRow(Map<String, @Nullable Object> row) throws IOException {
            Map<String, @Nullable Object> out = new LinkedHashMap<>();
            row.forEach((k, v) -> out.put(
                    k,
                    v == null ? null : v instanceof Number || k.equals("properties") ? jsonValue(k, v) : v.toString()));
            writer.write(JSON.writeValueAsString(out));
            writer.write('\n');
        }

        private static Object jsonValue(String key, Object v) {
            if (!key.equals("properties")) {
                return v;
            }
            try {
                return JSON.readTree(v.toString());
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Delimited extends RowWriter {
        private final CSVPrinter printer;
        private final List<String> columns;

        Delimited(Writer writer, List<String> columns, char delimiter, AtomicInteger count) throws IOException {
            super(count);
            this.columns = columns;
            this.printer = new CSVPrinter(
                    writer,
                    CSVFormat.DEFAULT
                            .builder()
                            .setDelimiter(delimiter)
                            .setRecordSeparator('\n')
                            .setHeader(columns.toArray(String[]::new))
                            .get());
        }

        @Override
        void writeRow(Map<String, @Nullable Object> row) throws IOException {
            List<Object> values = new ArrayList<>(columns.size());
            for (String c : columns) {
                Object v = row.get(c);
                values.add(v == null ? "" : v.toString());
            }
            printer.printRecord(values);
        }

        @Override
        public void close() throws IOException {
            printer.flush();
        }
    }
}
