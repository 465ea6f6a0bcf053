package io.marketpilot.recommend.data;

import io.marketpilot.core.MarketPilotException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The interaction file layouts the readers understand, by the name used on command lines. */
public enum InteractionFormat {
    MOVIELENS("movielens"),
    SUPERSTORE("superstore"),
    CSV("csv");

    private final String label;

    InteractionFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static InteractionFormat byLabel(String label) {
        return Arrays.stream(values())
                .filter(f -> f.label.equals(label.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> MarketPilotException.invalid("unknown format '" + label
                        + "': use movielens, superstore or csv (order files: 'marketpilot recommend"
                        + " eval --format orders')"));
    }

    public Interactions read(Path path) {
        return switch (this) {
            case MOVIELENS -> MovieLensReader.read(path);
            case SUPERSTORE -> SuperstoreReader.read(path);
            case CSV -> InteractionsCsvReader.read(path);
        };
    }

    /**
     * The product texts that come with a ratings file, for content-based models: MovieLens's {@code u.item} beside
     * {@code u.data}, the item columns of the Superstore file; none for plain CSV.
     */
    public Optional<Map<String, String>> itemTexts(Path path) {
        return switch (this) {
            case MOVIELENS -> {
                Path items = path.resolveSibling("u.item");
                yield Files.isRegularFile(items) ? Optional.of(ItemTextsReader.movieLens(items)) : Optional.empty();
            }
            case SUPERSTORE -> Optional.of(ItemTextsReader.superstore(path));
            case CSV -> Optional.empty();
        };
    }
}
