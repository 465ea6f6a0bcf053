package io.marketpilot.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.delivery.DeliveryResult.Delivered;
import io.marketpilot.core.delivery.DeliveryResult.PermanentFailure;
import io.marketpilot.core.delivery.DeliveryResult.Refusal;
import io.marketpilot.core.delivery.DeliveryResult.TemporaryFailure;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryResultTest {

    @Test
    void reasonsBecomeOneBoundedLine() {
        TemporaryFailure failure =
                TemporaryFailure.because("451 4.3.0 try later\r\n451 really\u0000 " + "x".repeat(2000));

        assertThat(failure.reason())
                .startsWith("451 4.3.0 try later 451 really x")
                .doesNotContain("\n", "\u0000");
        assertThat(failure.reason()).hasSize(DeliveryResult.REASON_LIMIT).endsWith("…");
    }

    @Test
    void aNegativeRetryAfterMeansNow() {
        assertThat(new TemporaryFailure("busy", Optional.of(Duration.ofSeconds(-5))).retryAfter())
                .contains(Duration.ZERO);
    }

    @Test
    void onlyARefusedAddressIsSuppressed() {
        assertThat(new PermanentFailure("550 5.1.1 unknown user", "smtp-550-5.1.1", Refusal.RECIPIENT)
                        .suppressesRecipient())
                .isTrue();
        assertThat(new PermanentFailure("552 message too big", "smtp-552", Refusal.MESSAGE).suppressesRecipient())
                .isFalse();
    }

    @Test
    void onlyDeliveredCountsAsDelivered() {
        assertThat(new Delivered("<a@b>").delivered()).isTrue();
        assertThat(TemporaryFailure.because("down").delivered()).isFalse();
    }
}
