package io.marketpilot.recommend.data;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
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
            // a blank header name (a trailing comma) is no reason to refuse a file; columns are looked up by name
            .setAllowMissingColumnNames(true)
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

    /** Opens {@code path} in {@code charset} and parses it; {@code what} names the file kind in an error. */
    static <T> T readFile(Path path, Charset charset, String what, Parse<T> parse) {
        try (Reader reader = Files.newBufferedReader(path, charset)) {
            return parse.read(reader, path.toString());
        } catch (CharacterCodingException e) {
            throw notUtf8(path.toString());
        } catch (NoSuchFileException e) {
            throw MarketPilotException.invalid("Cannot read " + what + " " + path + ": no such file");
        } catch (IOException e) {
            throw MarketPilotException.invalid("Cannot read " + what + " " + path + ": " + e.getMessage());
        }
    }

    /** Parses the header with {@link #FORMAT}; a header that cannot be read is refused, naming the file. */
    static CSVParser parse(Reader reader, String source) throws IOException {
        try {
            return FORMAT.parse(reader);
        } catch (CharacterCodingException e) {
            throw notUtf8(source);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw MarketPilotException.invalid(source + " line 1: cannot read the header (" + e.getMessage() + ")");
        }
    }

    /**
     * The parser's records, with one that cannot be parsed (an unclosed quote) refused by the line it starts on
     * instead of escaping as an unchecked I/O exception.
     */
    static Iterable<CSVRecord> records(CSVParser parser, String source) {
        Iterator<CSVRecord> records = parser.iterator();
        return () -> new Iterator<>() {
            private long lastLine = parser.getCurrentLineNumber();

            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw unparsable(source, lastLine + 1, e);
                }
            }

            @Override
            public CSVRecord next() {
                try {
                    CSVRecord record = records.next();
                    lastLine = parser.getCurrentLineNumber();
                    return record;
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw unparsable(source, lastLine + 1, e);
                }
            }
        };
    }

    private static MarketPilotException unparsable(String source, long line, RuntimeException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof CharacterCodingException) {
            // the reader decodes ahead of the parser, so the line is only where the parser had got to
            return MarketPilotException.invalid(
                    source + " is not UTF-8 text (from about line " + line + "): save it as UTF-8");
        }
        return MarketPilotException.invalid(
                source + " line " + line + ": cannot parse the record (" + cause.getMessage() + ")");
    }

    private static MarketPilotException notUtf8(String source) {
        return MarketPilotException.invalid(source + " is not UTF-8 text: save it as UTF-8");
    }

    /** Refuses a row whose field count differs from the header's, naming the line. */
    static void requireConsistent(CSVParser parser, CSVRecord row, String where) {
        if (!row.isConsistent()) {
            throw MarketPilotException.invalid(
                    where + ": expected " + parser.getHeaderNames().size() + " fields, found " + row.size());
        }
    }
}
