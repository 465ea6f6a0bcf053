package io.marketpilot.recommend.data;

import io.marketpilot.core.MarketPilotException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads MovieLens-100k {@code u.data} (tab-separated user, item, rating 1-5, unix time) as implicit feedback: every
 * rating is one interaction of weight 1, whatever its value.
 *
 * <p>Binary on purpose: the top-N protocol asks which films a user will watch next, and a 1-star rating still says
 * the user watched it; this is also how most implicit-feedback papers read the file.
 */
public final class MovieLensReader {
    private MovieLensReader() {}

    public static Interactions read(Path path) {
        return CsvFiles.readFile(path, StandardCharsets.ISO_8859_1, "ratings file", MovieLensReader::read);
    }

    public static Interactions read(Reader source, String name) throws IOException {
        Interactions.Builder builder = Interactions.builder();
        BufferedReader lines = new BufferedReader(source);
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 4) {
                throw MarketPilotException.invalid(name + " line " + lineNumber
                        + ": expected 4 tab-separated fields (user, item, rating, time), found " + fields.length);
            }
            long time;
            try {
                Double.parseDouble(fields[2].trim());
                time = Long.parseLong(fields[3].trim());
            } catch (NumberFormatException e) {
                throw MarketPilotException.invalid(name + " line " + lineNumber + ": " + e.getMessage());
            }
            try {
                builder.add(fields[0].trim(), fields[1].trim(), 1.0, time);
            } catch (MarketPilotException e) {
                throw MarketPilotException.invalid(name + " line " + lineNumber + ": " + e.getMessage());
            }
        }
        return builder.build();
    }
}
