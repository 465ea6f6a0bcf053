package io.marketpilot.app.config;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.llm.LlmSettings;
import io.marketpilot.llm.usage.PriceTable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code llm.*} configuration keys, each also an environment variable {@code MARKETPILOT_LLM_*}:
 * {@code provider} (openai | ollama | offline, default offline), {@code base-url}, {@code model}, {@code api-key},
 * {@code timeout-seconds} (60), {@code max-concurrency} (4), {@code max-retries} (3), {@code retry-base-millis}
 * (500), {@code redact} (true | false; default on for openai, off for ollama), {@code breaker-threshold} (5),
 * {@code breaker-cool-down-seconds} (30), {@code cache-size} (512) and {@code prices}: in YAML a map
 * {@code model: {input: 0.15, output: 0.60}} per million tokens, in the environment
 * {@code gpt-4o-mini=0.15/0.60,deepseek-chat=0.27/1.10}; both may be given, the variable's entries win.
 */
public final class LlmConfig {
    private static final String PRICE_PREFIX = "llm.prices.";

    private LlmConfig() {}

    public static LlmSettings settings(Map<String, String> values) {
        LlmSettings d = LlmSettings.defaults(text(values, "llm.provider"));
        return new LlmSettings(
                d.provider(),
                text(values, "llm.base-url"),
                text(values, "llm.model"),
                text(values, "llm.api-key"),
                Duration.ofSeconds(
                        integer(values, "llm.timeout-seconds", (int) d.timeout().toSeconds())),
                integer(values, "llm.max-concurrency", d.maxConcurrency()),
                integer(values, "llm.max-retries", d.maxRetries()),
                Duration.ofMillis(integer(values, "llm.retry-base-millis", (int)
                        d.retryBaseDelay().toMillis())),
                bool(text(values, "llm.redact")),
                integer(values, "llm.breaker-threshold", d.breakerThreshold()),
                Duration.ofSeconds(integer(values, "llm.breaker-cool-down-seconds", (int)
                        d.breakerCoolDown().toSeconds())),
                integer(values, "llm.cache-size", d.cacheSize()),
                yamlPrices(values).with(PriceTable.parse(text(values, "llm.prices"))));
    }

    /** A key's value, empty when unset: the settings read an empty text as "the provider's default". */
    private static String text(Map<String, String> values, String key) {
        return values.getOrDefault(key, "");
    }

    private static int integer(Map<String, String> values, String key, int fallback) {
        String v = values.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid(key + " must be a whole number, not '" + v + "'");
        }
    }

    private static Optional<Boolean> bool(String v) {
        if (v.isBlank()) {
            return Optional.empty();
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> Optional.of(true);
            case "false", "no", "off", "0" -> Optional.of(false);
            default -> throw MarketPilotException.invalid("llm.redact must be true or false, not '" + v + "'");
        };
    }

    /** {@code llm.prices.<model>.input} and {@code .output} from the flattened YAML (model names may hold dots). */
    private static PriceTable yamlPrices(Map<String, String> values) {
        Map<String, double[]> found = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!key.startsWith(PRICE_PREFIX)) {
                return;
            }
            String rest = key.substring(PRICE_PREFIX.length());
            int dot = rest.lastIndexOf('.');
            String side = dot < 0 ? "" : rest.substring(dot + 1);
            if (dot <= 0 || !(side.equals("input") || side.equals("output"))) {
                throw MarketPilotException.invalid(
                        "llm.prices entries look like <model>: {input: 0.15, output: 0.60}; got '" + key + "'");
            }
            double[] io = found.computeIfAbsent(rest.substring(0, dot), k -> new double[] {Double.NaN, Double.NaN});
            io[side.equals("input") ? 0 : 1] = price(key, value);
        });
        Map<String, PriceTable.Price> prices = new LinkedHashMap<>();
        found.forEach((model, io) -> {
            if (Double.isNaN(io[0]) || Double.isNaN(io[1])) {
                throw MarketPilotException.invalid("llm.prices." + model + " needs both input and output");
            }
            prices.put(model, new PriceTable.Price(io[0], io[1]));
        });
        return PriceTable.of(prices);
    }

    private static double price(String key, String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid(key + " must be a number, not '" + value + "'");
        }
    }
}
