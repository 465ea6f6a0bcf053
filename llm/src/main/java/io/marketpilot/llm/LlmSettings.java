package io.marketpilot.llm;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.llm.usage.PriceTable;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How the language model is reached: which provider, where, and the gateway's limits. Built by the app's config
 * loader from {@code llm.*} YAML keys and {@code MARKETPILOT_LLM_*} variables.
 *
 * @param provider {@code openai} (any OpenAI-compatible server), {@code ollama} or {@code offline}
 * @param baseUrl the server's base URL; empty for the provider's default
 * @param model the model name sent to the server
 * @param apiKey the API key; empty when the server needs none
 * @param timeout the HTTP connect and read timeout of one attempt
 * @param maxConcurrency the most calls in flight to this provider at once
 * @param maxRetries retries after the first attempt on 429, 5xx, timeouts and broken connections
 * @param retryBaseDelay the first backoff delay; each retry doubles it (with jitter), up to 16 times this
 * @param redact whether PII is replaced by placeholders before text leaves the process; empty for the provider's
 *     default (on for openai, off for ollama)
 * @param breakerThreshold consecutive failed attempts that open the circuit
 * @param breakerCoolDown how long the circuit stays open before one trial call
 * @param cacheSize the most answers the response cache keeps (0 turns it off)
 * @param prices cost per million tokens per model
 */
public record LlmSettings(
        String provider,
        String baseUrl,
        String model,
        String apiKey,
        Duration timeout,
        int maxConcurrency,
        int maxRetries,
        Duration retryBaseDelay,
        Optional<Boolean> redact,
        int breakerThreshold,
        Duration breakerCoolDown,
        int cacheSize,
        PriceTable prices) {

    public static final String OPENAI = "openai";
    public static final String OLLAMA = "ollama";
    public static final String OFFLINE = "offline";

    public LlmSettings {
        provider = provider == null || provider.isBlank()
                ? OFFLINE
                : provider.strip().toLowerCase(Locale.ROOT);
        if (!provider.equals(OPENAI) && !provider.equals(OLLAMA) && !provider.equals(OFFLINE)) {
            throw MarketPilotException.invalid(
                    "llm.provider must be openai, ollama or offline, not '" + provider + "'");
        }
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        model = model == null || model.isBlank() ? defaultModel(provider) : model.strip();
        apiKey = apiKey == null ? "" : apiKey.strip();
        redact = redact == null ? Optional.empty() : redact;
        prices = prices == null ? PriceTable.empty() : prices;
        positive(timeout, "llm.timeout-seconds");
        positive(retryBaseDelay, "llm.retry-base-millis");
        positive(breakerCoolDown, "llm.breaker-cool-down-seconds");
        if (maxConcurrency < 1) {
            throw MarketPilotException.invalid("llm.max-concurrency must be at least 1");
        }
        if (maxRetries < 0 || maxRetries > 10) {
            throw MarketPilotException.invalid("llm.max-retries must be between 0 and 10");
        }
        if (breakerThreshold < 1) {
            throw MarketPilotException.invalid("llm.breaker-threshold must be at least 1");
        }
        if (cacheSize < 0) {
            throw MarketPilotException.invalid("llm.cache-size must not be negative");
        }
    }

    /** No model: every feature uses its offline path. */
    public static LlmSettings offline() {
        return defaults(OFFLINE);
    }

    /** The defaults for a provider; the loader overrides what the user set. */
    public static LlmSettings defaults(String provider) {
        return new LlmSettings(
                provider,
                "",
                "",
                "",
                Duration.ofSeconds(60),
                4,
                3,
                Duration.ofMillis(500),
                Optional.empty(),
                5,
                Duration.ofSeconds(30),
                512,
                PriceTable.empty());
    }

    public boolean isOffline() {
        return provider.equals(OFFLINE);
    }

    /** Whether text is redacted before it is sent: the configured value, else on for remote OpenAI-style servers. */
    public boolean redacts() {
        return redact.orElse(provider.equals(OPENAI));
    }

    /** The base URL the client uses (the provider's public default when none is configured). */
    public String effectiveBaseUrl() {
        if (!baseUrl.isEmpty()) {
            return baseUrl;
        }
        return switch (provider) {
            case OPENAI -> "https://api.openai.com/v1";
            case OLLAMA -> "http://localhost:11434";
            default -> "";
        };
    }

    /** A copy for another endpoint (tests, {@code llm ping --base-url}). */
    public LlmSettings withEndpoint(String newProvider, String newBaseUrl, String newModel) {
        return new LlmSettings(
                newProvider,
                newBaseUrl,
                newModel,
                apiKey,
                timeout,
                maxConcurrency,
                maxRetries,
                retryBaseDelay,
                redact,
                breakerThreshold,
                breakerCoolDown,
                cacheSize,
                prices);
    }

    private static String defaultModel(String provider) {
        return switch (provider) {
            case OPENAI -> "gpt-4o-mini";
            case OLLAMA -> "llama3.2";
            default -> "composer";
        };
    }

    private static void positive(Duration d, String key) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw MarketPilotException.invalid(key + " must be positive");
        }
    }

    @Override
    public String toString() {
        // never print the key
        return "LlmSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey.isEmpty() ? "" : "***") + "]";
    }
}
