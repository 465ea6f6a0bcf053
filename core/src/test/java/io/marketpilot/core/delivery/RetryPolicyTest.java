package io.marketpilot.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant FAILED = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void waitsDoubleUpToTheCapWithoutJitter() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), 2, Duration.ofMinutes(10), 0, 10, 1);

        assertThat(policy.delayAfter("k", 1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter("k", 2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter("k", 4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(policy.delayAfter("k", 5)).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy.delayAfter("k", 60)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void jitterShortensAWaitByAtMostItsShareAndTheSameSeedGivesTheSameWait() {
        RetryPolicy policy = RetryPolicy.standard(7);

        for (int attempt = 1; attempt <= 7; attempt++) {
            Duration full = Duration.ofMinutes(Math.min(1L << (attempt - 1), 120));
            Duration wait = policy.delayAfter("spring:C-1", attempt);
            assertThat(wait)
                    .isLessThanOrEqualTo(full)
                    .isGreaterThanOrEqualTo(full.multipliedBy(3).dividedBy(4));
            assertThat(RetryPolicy.standard(7).delayAfter("spring:C-1", attempt))
                    .isEqualTo(wait);
        }
    }

    @Test
    void messagesFailedTogetherComeBackSpreadOut() {
        RetryPolicy policy = RetryPolicy.standard(7);
        Set<Duration> waits = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            waits.add(policy.delayAfter("spring:C-" + i, 3));
        }

        assertThat(waits).hasSizeGreaterThan(900);
    }

    @Test
    void stopsAfterTheLastAllowedAttempt() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), 2, Duration.ofMinutes(10), 0, 3, 1);

        assertThat(policy.nextAttempt("k", 1, FAILED, Optional.empty())).contains(FAILED.plusSeconds(60));
        assertThat(policy.nextAttempt("k", 2, FAILED, Optional.empty())).contains(FAILED.plusSeconds(120));
        assertThat(policy.nextAttempt("k", 3, FAILED, Optional.empty())).isEmpty();
    }

    @Test
    void aLongerRetryAfterWinsUpToTheLongestWait() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), 2, Duration.ofMinutes(10), 0, 5, 1);

        assertThat(policy.nextAttempt("k", 1, FAILED, DeliveryResult.TemporaryFailure.because("busy")))
                .contains(FAILED.plusSeconds(60));
        assertThat(policy.nextAttempt("k", 1, FAILED, Optional.of(Duration.ofMinutes(5))))
                .contains(FAILED.plusSeconds(300));
        assertThat(policy.nextAttempt("k", 1, FAILED, Optional.of(Duration.ofDays(3))))
                .contains(FAILED.plusSeconds(600));
        assertThat(policy.nextAttempt("k", 2, FAILED, Optional.of(Duration.ofSeconds(1))))
                .contains(FAILED.plusSeconds(120));
    }

    @Test
    void refusesPoliciesThatCannotWork() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, 2, Duration.ofMinutes(1), 0, 3, 1))
                .hasMessageContaining("first delay must be positive");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(2), 2, Duration.ofMinutes(1), 0, 3, 1))
                .hasMessageContaining("must not be shorter");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(1), 0.5, Duration.ofMinutes(1), 0, 3, 1))
                .hasMessageContaining("multiplier");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(1), 2, Duration.ofMinutes(1), 1, 3, 1))
                .hasMessageContaining("jitter");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(1), 2, Duration.ofMinutes(1), 0, 0, 1))
                .hasMessageContaining("max attempts");
    }
}
