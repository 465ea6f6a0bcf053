package io.marketpilot.recommend.data;

import io.marketpilot.core.MarketPilotException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

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
}
