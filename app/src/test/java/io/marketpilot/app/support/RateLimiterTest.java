package io.marketpilot.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
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
    void settingsReadOriginsAndRateFromTheEnvironment() {
        SupportSettings s = SupportSettings.from(Map.of(
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
        assertThat(SupportSettings.from(Map.of()).readsPerMinute())
                .as("room for the widget's 2 s polling")
                .isEqualTo(120);
        assertThat(SupportSettings.from(Map.of()).allows("https://anything.example"))
                .isTrue();
        assertThatThrownBy(() -> SupportSettings.from(Map.of(SupportSettings.RATE_ENV, "lots")))
                .hasMessageContaining("must be a number");
    }
}
