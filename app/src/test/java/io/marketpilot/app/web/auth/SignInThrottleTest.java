package io.marketpilot.app.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
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

        void advanceSeconds(long s) {
            now = now.plusSeconds(s);
        }
    }

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void fiveFailuresInAMinuteShutTheAddressOutUntilTheOldestIsAMinuteOld() {
        for (int i = 0; i < SignInThrottle.LIMIT; i++) {
            assertThat(throttle.admit("a")).isZero();
            clock.advanceSeconds(10);
        }
        assertThat(throttle.admit("a")).as("10 s after the fifth failure").isEqualTo(10);
        assertThat(throttle.waitSeconds("a")).isEqualTo(10);
        assertThat(throttle.admit("b")).as("another address has its own count").isZero();

        clock.advanceSeconds(10);
        assertThat(throttle.admit("a"))
                .as("the first failure has expired: one more try")
                .isZero();
        assertThat(throttle.admit("a")).isEqualTo(10);
    }

    @Test
    void refusedAttemptsDoNotExtendTheLockOut() {
        for (int i = 0; i < SignInThrottle.LIMIT; i++) {
            throttle.admit("a");
        }
        for (int i = 0; i < 50; i++) {
            assertThat(throttle.admit("a")).isPositive();
            clock.advanceSeconds(1);
        }
        clock.advanceSeconds(10);
        assertThat(throttle.admit("a")).isZero();
    }

    @Test
    void aSuccessForgivesOnlyItself() {
        for (int i = 0; i < SignInThrottle.LIMIT - 1; i++) {
            throttle.admit("a");
        }
        assertThat(throttle.admit("a")).isZero();
        throttle.succeeded("a");

        assertThat(throttle.admit("a")).as("four failures stand: one try left").isZero();
        assertThat(throttle.admit("a")).isPositive();
    }

    @Test
    void attemptsCountBeforeTheyFailSoABurstCannotSlipPast() {
        long admitted = 0;
        for (int i = 0; i < 20; i++) {
            if (throttle.admit("a") == 0) {
                admitted++;
            }
        }
        assertThat(admitted).isEqualTo(SignInThrottle.LIMIT);
    }
}
