package io.marketpilot.recommend.data;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the generic {@code user_id,item_id[,weight][,timestamp]} CSV: weight defaults to 1, timestamp (epoch
 * seconds, ISO date or ISO date-time) to 0, which leaves only random splits meaningful.
 */
public final class InteractionsCsvReader {
    private InteractionsCsvReader() {}

    public static Interactions read(Path path) {
        return CsvFiles.readFile(path, StandardCharsets.UTF_8, "interactions file", InteractionsCsvReader::read);
    }

    public static Interactions read(Reader reader, String source) throws IOException {
        try (CSVParser parser = CsvFiles.parse(reader, source)) {
            int user = CsvFiles.required(parser, source, "user_id");
            int item = CsvFiles.required(parser, source, "item_id");
            Optional<Integer> weight = CsvFiles.optional(parser, "weight");
            Optional<Integer> time = CsvFiles.optional(parser, "timestamp");
            Interactions.Builder builder = Interactions.builder();
            for (CSVRecord row : CsvFiles.records(parser, source)) {
                String where = source + " line " + parser.getCurrentLineNumber();
                CsvFiles.requireConsistent(parser, row, where);
                try {
                    double w = weight.map(c -> row.get(c).isBlank() ? 1.0 : Double.parseDouble(row.get(c)))
                            .orElse(1.0);
                    long t = time.map(c -> row.get(c).isBlank() ? 0L : Timestamps.parse(row.get(c)))
                            .orElse(0L);
                    builder.add(row.get(user), row.get(item), w, t);
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw MarketPilotException.invalid(where + ": " + e.getMessage());
                } catch (MarketPilotException e) {
                    throw MarketPilotException.invalid(where + ": " + e.getMessage());
                }
            }
            return builder.build();
        }
    }
}
