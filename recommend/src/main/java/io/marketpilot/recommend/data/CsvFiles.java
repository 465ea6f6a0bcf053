package io.marketpilot.recommend.data;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The CSV dialect and header look-ups shared by the CSV readers (header names match case-insensitively). */
final class CsvFiles {
    static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private CsvFiles() {}

    static int required(CSVParser parser, String source, String column) {
        return optional(parser, column)
                .orElseThrow(() -> MarketPilotException.invalid(
                        source + ": header lacks column '" + column + "', found " + parser.getHeaderNames()));
    }

    static Optional<Integer> optional(CSVParser parser, String column) {
        for (Map.Entry<String, Integer> e : parser.getHeaderMap().entrySet()) {
            String name = e.getKey().strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
            if (name.equals(column.toLowerCase(Locale.ROOT))) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** One file reader's parse of an open reader; {@code source} names the file in error messages. */
    @FunctionalInterface
    interface Parse<T> {
        T read(Reader reader, String source) throws IOException;
    }

    /** Opens {@code path} in {@code charset} and parses it; {@code what} names the file kind in an I/O error. */
    static <T> T readFile(Path path, Charset charset, String what, Parse<T> parse) {
        try (Reader reader = Files.newBufferedReader(path, charset)) {
            return parse.read(reader, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + path, e);
        }
    }

    /** Refuses a row whose field count differs from the header's, naming the line. */
    static void requireConsistent(CSVParser parser, CSVRecord row, String where) {
        if (!row.isConsistent()) {
            throw MarketPilotException.invalid(
                    where + ": expected " + parser.getHeaderNames().size() + " fields, found " + row.size());
        }
    }
}
