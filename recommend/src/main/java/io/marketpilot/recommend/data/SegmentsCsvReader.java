package io.marketpilot.recommend.data;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a {@code user_id,segment} CSV into the customer-to-segment map that segment popularity takes. */
public final class SegmentsCsvReader {
    private SegmentsCsvReader() {}

    public static Map<String, String> read(Path path) {
        return CsvFiles.readFile(path, StandardCharsets.UTF_8, "segments file", SegmentsCsvReader::read);
    }

    public static Map<String, String> read(Reader reader, String source) throws IOException {
        try (CSVParser parser = CsvFiles.parse(reader, source)) {
            int user = CsvFiles.required(parser, source, "user_id");
            int segment = CsvFiles.required(parser, source, "segment");
            Map<String, String> segments = new HashMap<>();
            for (CSVRecord row : CsvFiles.records(parser, source)) {
                if (!row.isConsistent()
                        || row.get(user).isBlank()
                        || row.get(segment).isBlank()) {
                    throw MarketPilotException.invalid(
                            source + " line " + parser.getCurrentLineNumber() + ": expected a user_id and a segment");
                }
                segments.put(row.get(user), row.get(segment));
            }
            return Map.copyOf(segments);
        }
    }
}
