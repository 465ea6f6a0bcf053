package io.marketpilot.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.app.config.LlmConfig;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.config.ServerSettings;
import io.marketpilot.app.support.SupportSettings;
import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves {@link MarketPilotConfig}. Keys, with their YAML path and environment variable: {@code data-dir}
 * (MARKETPILOT_DATA_DIR, default ./data), {@code db.url} (MARKETPILOT_DB_URL, default the embedded H2 file),
 * {@code db.user}, {@code db.password}, {@code server.host} (default 0.0.0.0), {@code server.port} (default 7070),
 * {@code server.secure-cookie} (MARKETPILOT_SECURE_COOKIE, default false) and {@code server.trusted-proxies}
 * (MARKETPILOT_TRUSTED_PROXIES, comma-separated or a YAML list; the older MARKETPILOT_SUPPORT_TRUSTED_PROXIES is read
 * when it is not set) and {@code server.model-check-minutes} (MARKETPILOT_MODEL_CHECK_MINUTES, default 10, 0 turns the
 * schedule off), all described in {@link ServerSettings}; the language model's {@code llm.*} keys are listed
 * in {@link LlmConfig}, the support chat's {@code support.*} keys in {@link SupportSettings}, the campaigns' {@code smtp.*},
 * {@code webhook.*} and {@code campaigns.*} keys in {@link CampaignSettings}. The one loader: nothing
 * else reads the environment or a configuration file.
 */
public final class ConfigLoader {
    private static final Map<String, String> ENV = Map.ofEntries(
            Map.entry("data-dir", "MARKETPILOT_DATA_DIR"),
            Map.entry("db.url", "MARKETPILOT_DB_URL"),
            Map.entry("db.user", "MARKETPILOT_DB_USER"),
            Map.entry("db.password", "MARKETPILOT_DB_PASSWORD"),
            Map.entry("server.host", "MARKETPILOT_HOST"),
            Map.entry("server.port", "MARKETPILOT_PORT"),
            Map.entry("server.secure-cookie", "MARKETPILOT_SECURE_COOKIE"),
            Map.entry("server.trusted-proxies", "MARKETPILOT_TRUSTED_PROXIES"),
            Map.entry("server.model-check-minutes", "MARKETPILOT_MODEL_CHECK_MINUTES"),
            Map.entry("llm.provider", "MARKETPILOT_LLM_PROVIDER"),
            Map.entry("llm.base-url", "MARKETPILOT_LLM_BASE_URL"),
            Map.entry("llm.model", "MARKETPILOT_LLM_MODEL"),
            Map.entry("llm.api-key", "MARKETPILOT_LLM_API_KEY"),
            Map.entry("llm.timeout-seconds", "MARKETPILOT_LLM_TIMEOUT_SECONDS"),
            Map.entry("llm.max-concurrency", "MARKETPILOT_LLM_MAX_CONCURRENCY"),
            Map.entry("llm.max-retries", "MARKETPILOT_LLM_MAX_RETRIES"),
            Map.entry("llm.retry-base-millis", "MARKETPILOT_LLM_RETRY_BASE_MILLIS"),
            Map.entry("llm.redact", "MARKETPILOT_LLM_REDACT"),
            Map.entry("llm.breaker-threshold", "MARKETPILOT_LLM_BREAKER_THRESHOLD"),
            Map.entry("llm.breaker-cool-down-seconds", "MARKETPILOT_LLM_BREAKER_COOL_DOWN_SECONDS"),
            Map.entry("llm.cache-size", "MARKETPILOT_LLM_CACHE_SIZE"),
            Map.entry("llm.prices", "MARKETPILOT_LLM_PRICES"),
            Map.entry(SupportSettings.CORS_KEY, SupportSettings.CORS_ENV),
            Map.entry(SupportSettings.RATE_KEY, SupportSettings.RATE_ENV),
            Map.entry(SupportSettings.READS_KEY, SupportSettings.READS_ENV));

    /** Every key read from an environment variable: the ones above and the campaigns' own. */
    private static final Map<String, String> VARIABLES = merged(ENV, CampaignSettings.ENVIRONMENT);

    /** The name the support chat used for the trusted proxies before every client address came from them. */
    private static final String OLD_PROXIES_ENV = "MARKETPILOT_SUPPORT_TRUSTED_PROXIES";

    private final Map<String, String> environment;

    public ConfigLoader(Map<String, String> environment) {
        this.environment = environment;
    }

    /**
     * @param file an explicit YAML file, or null to read {@code ./marketpilot.yaml} when present
     * @param flags values given on the command line, keyed like the YAML paths; null values are ignored
     */
    public MarketPilotConfig load(Path file, Map<String, String> flags) {
        Map<String, String> values = new HashMap<>();
        values.put("data-dir", "data");
        values.put("server.host", "0.0.0.0");
        values.put("server.port", String.valueOf(MarketPilotConfig.DEFAULT_PORT));
        values.putAll(yaml(file));
        String oldProxies = environment.get(OLD_PROXIES_ENV);
        if (oldProxies != null && !oldProxies.isBlank()) {
            values.put("server.trusted-proxies", oldProxies);
        }
        VARIABLES.forEach((key, variable) -> {
            String v = environment.get(variable);
            if (v != null && !v.isBlank()) {
                values.put(key, v);
            }
        });
        flags.forEach((k, v) -> {
            if (v != null) {
                values.put(k, v);
            }
        });
        return new MarketPilotConfig(
                Path.of(values.get("data-dir")),
                values.get("db.url"),
                values.get("db.user"),
                values.get("db.password"),
                values.get("server.host"),
                port(values.get("server.port")),
                LlmConfig.settings(values),
                ServerSettings.parse(
                        values.get("server.secure-cookie"),
                        values.get("server.trusted-proxies"),
                        values.get("server.model-check-minutes")),
                SupportSettings.parse(values),
                CampaignSettings.parse(values));
    }

    private static Map<String, String> merged(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new HashMap<>(a);
        all.putAll(b);
        return Map.copyOf(all);
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid("server.port must be a number between 0 and 65535, not '" + text + "'");
        }
    }

    private static Map<String, String> yaml(Path file) {
        Path path = file == null ? Path.of("marketpilot.yaml") : file;
        if (!Files.exists(path)) {
            if (file != null) {
                throw MarketPilotException.invalid("Configuration file " + file + " does not exist");
            }
            return Map.of();
        }
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(path.toFile());
            Map<String, String> flat = new HashMap<>();
            flatten("", root, flat);
            return flat;
        } catch (IOException e) {
            throw MarketPilotException.invalid("Cannot read " + path + ": " + e.getMessage());
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            node.properties()
                    .forEach(e -> flatten(
                            prefix.isEmpty()
                                    ? e.getKey().toLowerCase(Locale.ROOT)
                                    : prefix + "." + e.getKey().toLowerCase(Locale.ROOT),
                            e.getValue(),
                            out));
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            out.put(prefix, String.join(",", items));
        } else {
            out.put(prefix, node.asText());
        }
    }
}
