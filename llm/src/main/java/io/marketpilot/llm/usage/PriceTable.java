package io.marketpilot.llm.usage;

import io.marketpilot.core.MarketPilotException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a model costs, in the user's currency per million tokens, input and output priced separately. Models not in
 * the table have no known cost (reported as such, never as free).
 */
public final class PriceTable {
    /** The price of one model per million tokens. */
    public record Price(double inputPerMillion, double outputPerMillion) {
        public Price {
            if (inputPerMillion < 0 || outputPerMillion < 0 || !Double.isFinite(inputPerMillion + outputPerMillion)) {
                throw MarketPilotException.invalid("prices must be finite and not negative");
            }
        }

        public double cost(long inputTokens, long outputTokens) {
            return (inputTokens * inputPerMillion + outputTokens * outputPerMillion) / 1_000_000.0;
        }
    }

    private final Map<String, Price> prices;

    private PriceTable(Map<String, Price> prices) {
        this.prices = Map.copyOf(prices);
    }

    public static PriceTable empty() {
        return new PriceTable(Map.of());
    }

    public static PriceTable of(Map<String, Price> prices) {
        Map<String, Price> lower = new LinkedHashMap<>();
        prices.forEach((model, price) -> lower.put(model.strip().toLowerCase(Locale.ROOT), price));
        return new PriceTable(lower);
    }

    /**
     * Parses {@code model=input/output} pairs separated by commas or semicolons, e.g.
     * {@code gpt-4o-mini=0.15/0.60, deepseek-chat=0.27/1.10} (the form of {@code MARKETPILOT_LLM_PRICES}).
     */
    public static PriceTable parse(String text) {
        Map<String, Price> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return empty();
        }
        for (String pair : text.split("[,;]", -1)) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.lastIndexOf('=');
            String[] io = eq < 0 ? new String[0] : pair.substring(eq + 1).split("/", -1);
            if (eq <= 0 || io.length != 2) {
                throw MarketPilotException.invalid("llm.prices entries look like model=input/output per million tokens,"
                        + " e.g. gpt-4o-mini=0.15/0.60; got '" + pair.strip() + "'");
            }
            out.put(pair.substring(0, eq), new Price(number(io[0]), number(io[1])));
        }
        return of(out);
    }

    static double number(String s) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid("'" + s.strip() + "' is not a price per million tokens");
        }
    }

    public Optional<Price> price(String model) {
        return Optional.ofNullable(prices.get(model.toLowerCase(Locale.ROOT)));
    }

    /** The cost of a call, or empty when the model has no price. */
    public Optional<Double> cost(String model, long inputTokens, long outputTokens) {
        return price(model).map(p -> p.cost(inputTokens, outputTokens));
    }

    public Map<String, Price> asMap() {
        return prices;
    }

    /** A copy with more prices; the new ones win. */
    public PriceTable with(PriceTable more) {
        Map<String, Price> all = new LinkedHashMap<>(prices);
        all.putAll(more.prices);
        return new PriceTable(all);
    }
}
