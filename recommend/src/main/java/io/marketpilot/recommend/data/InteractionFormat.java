package io.marketpilot.recommend.data;

import io.marketpilot.core.MarketPilotException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** The interaction file layouts the readers understand, by the name used on command lines. */
public enum InteractionFormat {
    MOVIELENS("movielens"),
    UCI_RETAIL("uci-retail"),
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
                .orElseThrow(() -> MarketPilotException.invalid(
                        "unknown format '" + label + "': use movielens, uci-retail or csv"));
    }

    public Interactions read(Path path) {
        return switch (this) {
            case MOVIELENS -> MovieLensReader.read(path);
            case UCI_RETAIL -> OnlineRetailReader.read(path);
            case CSV -> InteractionsCsvReader.read(path);
        };
    }
}
