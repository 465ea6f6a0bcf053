package io.marketpilot.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.app.cli.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmConfigTest {
    @TempDir
    Path dir;

    @Test
    void withNothingConfiguredTheModelIsOffline() {
        var llm = new ConfigLoader(Map.of()).load(Optional.empty(), Map.of()).llm();

        assertThat(llm.isOffline()).isTrue();
        assertThat(llm.redacts()).isFalse();
    }

    @Test
    void yamlSetsTheProviderAndPricesAndEnvironmentVariablesWin() throws Exception {
        Path yaml = dir.resolve("marketpilot.yaml");
        Files.writeString(yaml, """
                llm:
                  provider: ollama
                  model: qwen2.5
                  max-retries: 1
                  prices:
                    "qwen2.5": {input: 0, output: 0}
                    gpt-4o-mini: {input: 0.15, output: 0.60}
                """);
        var env = Map.of(
                "MARKETPILOT_LLM_PROVIDER", "openai",
                "MARKETPILOT_LLM_BASE_URL", "http://127.0.0.1:8080/v1",
                "MARKETPILOT_LLM_API_KEY", "sk-secret",
                "MARKETPILOT_LLM_TIMEOUT_SECONDS", "12",
                "MARKETPILOT_LLM_MAX_CONCURRENCY", "8",
                "MARKETPILOT_LLM_REDACT", "false",
                "MARKETPILOT_LLM_PRICES", "gpt-4o-mini=0.20/0.80");

        var llm = new ConfigLoader(env).load(Optional.of(yaml), Map.of()).llm();

        assertThat(llm.provider()).isEqualTo("openai");
        assertThat(llm.model()).isEqualTo("qwen2.5");
        assertThat(llm.effectiveBaseUrl()).isEqualTo("http://127.0.0.1:8080/v1");
        assertThat(llm.timeout()).isEqualTo(Duration.ofSeconds(12));
        assertThat(llm.maxConcurrency()).isEqualTo(8);
        assertThat(llm.maxRetries()).isEqualTo(1);
        assertThat(llm.redacts()).isFalse();
        assertThat(llm.prices().cost("gpt-4o-mini", 1_000_000, 0)).contains(0.20);
        assertThat(llm.prices().cost("qwen2.5", 1_000, 1_000)).contains(0.0);
        assertThat(llm.toString()).doesNotContain("sk-secret");
    }

    @Test
    void redactionDefaultsOnForOpenAiAndOffForOllama() {
        assertThat(new ConfigLoader(Map.of("MARKETPILOT_LLM_PROVIDER", "openai"))
                        .load(Optional.empty(), Map.of())
                        .llm()
                        .redacts())
                .isTrue();
        assertThat(new ConfigLoader(Map.of("MARKETPILOT_LLM_PROVIDER", "ollama"))
                        .load(Optional.empty(), Map.of())
                        .llm()
                        .redacts())
                .isFalse();
    }

    @Test
    void badValuesAreRejectedWithTheKeyInTheMessage() {
        assertThatThrownBy(() ->
                        new ConfigLoader(Map.of("MARKETPILOT_LLM_PROVIDER", "gpt")).load(Optional.empty(), Map.of()))
                .hasMessageContaining("openai, ollama or offline");
        assertThatThrownBy(() -> new ConfigLoader(Map.of("MARKETPILOT_LLM_MAX_RETRIES", "many"))
                        .load(Optional.empty(), Map.of()))
                .hasMessageContaining("llm.max-retries");
        assertThatThrownBy(() ->
                        new ConfigLoader(Map.of("MARKETPILOT_LLM_REDACT", "maybe")).load(Optional.empty(), Map.of()))
                .hasMessageContaining("llm.redact");
    }
}
