package io.marketpilot.recommend.data;

import io.marketpilot.core.MarketPilotException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Product texts for content-based recommendations, read from the public files' own item columns: MovieLens titles
 * and genres ({@code u.item}), Superstore product names and categories.
 */
public final class ItemTextsReader {
    /** MovieLens-100k's genre flags, in the order of {@code u.genre}. */
    private static final List<String> MOVIELENS_GENRES = List.of(
            "unknown",
            "Action",
            "Adventure",
            "Animation",
            "Children's",
            "Comedy",
            "Crime",
            "Documentary",
            "Drama",
            "Fantasy",
            "Film-Noir",
            "Horror",
            "Musical",
            "Mystery",
            "Romance",
            "Sci-Fi",
            "Thriller",
            "War",
            "Western");

    private ItemTextsReader() {}

    /** {@code u.item}: "Toy Story (1995). Genres: Animation, Children's, Comedy". */
    public static Map<String, String> movieLens(Path uItem) {
        Map<String, String> texts = new LinkedHashMap<>();
        try (BufferedReader lines = Files.newBufferedReader(uItem, StandardCharsets.ISO_8859_1)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] f = line.split("\\|", -1);
                if (f.length < 5 + MOVIELENS_GENRES.size()) {
                    continue;
                }
                List<String> genres = new ArrayList<>();
                for (int g = 0; g < MOVIELENS_GENRES.size(); g++) {
                    if (f[5 + g].equals("1")) {
                        genres.add(MOVIELENS_GENRES.get(g));
                    }
                }
                texts.put(f[0].trim(), f[1].trim() + ". Genres: " + String.join(", ", genres));
            }
        } catch (IOException e) {
            throw MarketPilotException.invalid("Cannot read MovieLens items " + uItem + ": " + e.getMessage());
        }
        return texts;
    }

    /** Superstore: "Product Name. Category, Sub-Category", the first text seen per Product ID. */
    public static Map<String, String> superstore(Path file) {
        return fromCsv(file, StandardCharsets.UTF_8, parser -> {
            int id = CsvFiles.required(parser, file.toString(), "Product ID");
            int name = CsvFiles.required(parser, file.toString(), "Product Name");
            int category = CsvFiles.required(parser, file.toString(), "Category");
            int sub = CsvFiles.required(parser, file.toString(), "Sub-Category");
            return row -> new String[] {
                row.get(id).trim(), row.get(name).trim() + ". " + row.get(category) + ", " + row.get(sub)
            };
        });
    }

    private static Map<String, String> fromCsv(
            Path file, Charset charset, Function<CSVParser, Function<CSVRecord, String[]>> columns) {
        return CsvFiles.readFile(file, charset, "item texts", (reader, source) -> {
            Map<String, String> texts = new LinkedHashMap<>();
            try (CSVParser parser = CsvFiles.parse(reader, source)) {
                Function<CSVRecord, String[]> pick = columns.apply(parser);
                for (CSVRecord row : CsvFiles.records(parser, source)) {
                    if (row.isConsistent()) {
                        String[] idAndText = pick.apply(row);
                        if (!idAndText[1].isBlank()) {
                            texts.putIfAbsent(idAndText[0], idAndText[1]);
                        }
                    }
                }
            }
            return texts;
        });
    }
}
