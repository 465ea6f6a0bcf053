package io.marketpilot.imports;

import io.marketpilot.core.MarketPilotException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A file's layout on disk, told by its name: CSV ({@code .csv}), TSV ({@code .tsv}, {@code .tab}) or JSON Lines
 * ({@code .jsonl}, {@code .ndjson}), each optionally gzipped ({@code .gz}).
 */
public record SourceFormat(Type type, boolean gzip) {
    /** The record syntax. */
    public enum Type {
        CSV(','),
        TSV('\t'),
        JSONL('\0');

        private final char delimiter;

        Type(char delimiter) {
            this.delimiter = delimiter;
        }

        public char delimiter() {
            return delimiter;
        }
    }

    public static SourceFormat fromFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        if (gzip) {
            name = name.substring(0, name.length() - 3);
        }
        Type type;
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            type = Type.CSV;
        } else if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            type = Type.TSV;
        } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            type = Type.JSONL;
        } else {
            throw MarketPilotException.invalid(
                    "Cannot tell the format of '" + fileName + "': name it .csv, .tsv or .jsonl (optionally .gz)");
        }
        return new SourceFormat(type, gzip);
    }

    /** Wraps the raw bytes, un-gzipping when needed (also when the bytes are gzip despite the name). */
    public InputStream open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        boolean gzipped = b1 == 0x1f && b2 == 0x8b;
        return gzip || gzipped ? new GZIPInputStream(in, 1 << 16) : in;
    }

    public OutputStream wrap(OutputStream raw) throws IOException {
        return gzip ? new GZIPOutputStream(raw, 1 << 16) : raw;
    }
}
