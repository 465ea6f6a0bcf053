package io.marketpilot.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendQueueRecordsTest {
    private static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");
    private static final SendKey KEY = new SendKey("spring-sale", "C-1");

    @Test
    void theIdempotencyKeyJoinsCampaignAndCustomer() {
        assertThat(KEY.idempotencyKey()).isEqualTo("spring-sale/C-1");
    }

    @Test
    void aClaimedMessageHasALeaseAndNoOtherDoes() {
        assertThat(new QueuedSend(
                                KEY,
                                Optional.empty(),
                                AT,
                                SendState.CLAIMED,
                                1,
                                AT,
                                Optional.of("worker-1"),
                                Optional.of(AT.plusSeconds(60)),
                                "",
                                Optional.empty())
                        .attempts())
                .isEqualTo(1);
        assertThatThrownBy(() -> new QueuedSend(
                        KEY,
                        Optional.empty(),
                        AT,
                        SendState.PENDING,
                        0,
                        AT,
                        Optional.of("worker-1"),
                        Optional.of(AT),
                        "",
                        Optional.empty()))
                .hasMessageContaining("lease exactly when it is claimed");
    }

    @Test
    void aSentMessageHasASentTimeAndNoOtherDoes() {
        assertThatThrownBy(() -> new QueuedSend(
                        KEY,
                        Optional.empty(),
                        AT,
                        SendState.SENT,
                        1,
                        AT,
                        Optional.empty(),
                        Optional.empty(),
                        "",
                        Optional.empty()))
                .hasMessageContaining("sent time exactly when it is sent");
    }

    @Test
    void aLeaseLastsAPositiveTime() {
        assertThat(Lease.of("worker-1", AT, Duration.ofMinutes(2)).until()).isEqualTo(AT.plusSeconds(120));
        assertThatThrownBy(() -> Lease.of("worker-1", AT, Duration.ZERO)).hasMessageContaining("positive time");
    }

    @Test
    void onlyAConversionCarriesAValue() {
        assertThat(new CampaignEvent("ev-1", "spring-sale", "C-1", CampaignEventKind.CONVERSION, AT, "O-9", 42.5)
                        .value())
                .isEqualTo(42.5);
        assertThatThrownBy(() -> new CampaignEvent("ev-2", "spring-sale", "C-1", CampaignEventKind.CLICK, AT, "", 1))
                .hasMessageContaining("Only a conversion carries a value");
    }

    @Test
    void audienceCountsDropEmptyReasonsAndAddUp() {
        var counts = new AudienceCounts(AT, 90, Map.of(LeaveOutReason.HOLDOUT, 10L, LeaveOutReason.SUPPRESSED, 0L));
        assertThat(counts.leftOut()).containsOnlyKeys(LeaveOutReason.HOLDOUT);
        assertThat(counts.total()).isEqualTo(100);
        assertThat(AudienceMember.leftOut("C-1", LeaveOutReason.HOLDOUT).isRecipient())
                .isFalse();
    }
}
