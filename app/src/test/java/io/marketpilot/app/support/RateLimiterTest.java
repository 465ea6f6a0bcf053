package io.marketpilot.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.app.cli.ConfigLoader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void allowsABurstThenRefillsAtTheRatePerClient() {
        MutableClock clock = new MutableClock();
        RateLimiter limiter = new RateLimiter(3, clock);

        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(20);
        assertThat(limiter.acquire("b")).as("another client has its own bucket").isZero();

        clock.now = clock.now.plus(Duration.ofSeconds(20));
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
    }

    @Test
    void settingsReadOriginsAndRateFromTheEnvironmentThroughTheOneLoader() {
        SupportSettings s = support(Map.of(
                SupportSettings.CORS_ENV,
                "https://shop.example, https://www.shop.example",
                SupportSettings.RATE_ENV,
                "5",
                SupportSettings.READS_ENV,
                "30"));

        assertThat(s.allows("https://shop.example")).isTrue();
        assertThat(s.allows("https://evil.example")).isFalse();
        assertThat(s.messagesPerMinute()).isEqualTo(5);
        assertThat(s.readsPerMinute()).isEqualTo(30);
        assertThat(support(Map.of()).readsPerMinute())
                .as("room for the widget's 2 s polling")
                .isEqualTo(120);
        assertThat(support(Map.of()).allows("https://anything.example")).isTrue();
        assertThatThrownBy(() -> support(Map.of(SupportSettings.RATE_ENV, "lots")))
                .hasMessageContaining(
                        "support.messages-per-minute (MARKETPILOT_SUPPORT_MESSAGES_PER_MINUTE) must be a number");
    }

    @Test
    void settingsComeFromTheConfigurationFileToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path yaml = dir.resolve("marketpilot.yaml");
        java.nio.file.Files.writeString(
                yaml, "support:\n  cors-origins: [https://shop.example]\n  reads-per-minute: 60\n");

        SupportSettings s =
                new ConfigLoader(Map.of()).load(Optional.of(yaml), Map.of()).support();

        assertThat(s.allows("https://shop.example")).isTrue();
        assertThat(s.allows("https://other.example")).isFalse();
        assertThat(s.readsPerMinute()).isEqualTo(60);
        assertThat(s.messagesPerMinute()).isEqualTo(20);
    }

    private static SupportSettings support(Map<String, String> environment) {
        return new ConfigLoader(environment).load(Optional.empty(), Map.of()).support();
    }
}
