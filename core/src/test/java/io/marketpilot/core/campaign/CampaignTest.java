package io.marketpilot.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CampaignTest {
    private static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");

    private static Campaign draft() {
        return Campaign.draft(
                "spring-sale",
                "Spring sale",
                AudienceSpec.Segment.byIndex(Optional.empty(), 2),
                new ContentRef.Approved(List.of(7L)),
                ChannelKind.EMAIL,
                new Schedule.Now(QuietHours.DEFAULT),
                "maria",
                AT);
    }

    @Test
    void aDraftHasTheDocumentedDefaults() {
        Campaign campaign = draft();
        assertThat(campaign.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(campaign.holdoutShare()).isEqualTo(0.10);
        assertThat(campaign.attributionWindow()).isEqualTo(Duration.ofDays(7));
        assertThat(campaign.promotion()).isFalse();
        assertThat(campaign.topic()).isEmpty();
        assertThat(campaign.approval()).isEmpty();
    }

    @Test
    void walksFromDraftThroughApprovalToDone() {
        Campaign done = draft().moveTo(CampaignStatus.AWAITING_APPROVAL, Optional.empty())
                .moveTo(CampaignStatus.APPROVED, Optional.of(new Approval("li", AT)))
                .moveTo(CampaignStatus.SENDING, Optional.empty())
                .moveTo(CampaignStatus.PAUSED, Optional.empty())
                .moveTo(CampaignStatus.SENDING, Optional.empty())
                .moveTo(CampaignStatus.DONE, Optional.empty());
        assertThat(done.status()).isEqualTo(CampaignStatus.DONE);
        assertThat(done.approval()).contains(new Approval("li", AT));
    }

    @Test
    void theAuthorCannotApproveTheirOwnCampaign() {
        Campaign submitted = draft().moveTo(CampaignStatus.AWAITING_APPROVAL, Optional.empty());
        assertThatThrownBy(() -> submitted.moveTo(CampaignStatus.APPROVED, Optional.of(new Approval(" Maria ", AT))))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("four eyes")
                .extracting(e -> ((MarketPilotException) e).code())
                .isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void approvingNeedsAnApprovalAndADraftCannotSkipTheReview() {
        Campaign submitted = draft().moveTo(CampaignStatus.AWAITING_APPROVAL, Optional.empty());
        assertThatThrownBy(() -> submitted.moveTo(CampaignStatus.APPROVED, Optional.empty()))
                .hasMessageContaining("approved needs an approval");
        assertThatThrownBy(() -> draft().moveTo(CampaignStatus.SENDING, Optional.empty()))
                .hasMessage("A campaign that is draft cannot become sending")
                .extracting(e -> ((MarketPilotException) e).code())
                .isEqualTo(ErrorCode.CONFLICT);
    }

    @Test
    void goingBackToDraftDropsTheApproval() {
        Campaign approved = draft().moveTo(CampaignStatus.AWAITING_APPROVAL, Optional.empty())
                .moveTo(CampaignStatus.APPROVED, Optional.of(new Approval("li", AT)));
        assertThat(approved.moveTo(CampaignStatus.DRAFT, Optional.empty()).approval())
                .isEmpty();
    }

    @Test
    void doneAndCancelledAreFinal() {
        for (CampaignStatus next : CampaignStatus.values()) {
            assertThat(CampaignStatus.DONE.canMoveTo(next)).isFalse();
            assertThat(CampaignStatus.CANCELLED.canMoveTo(next)).isFalse();
        }
    }

    @Test
    void refusesSettingsOutsideTheirRanges() {
        assertThatThrownBy(() -> draft().withHoldoutShare(0.6)).hasMessageContaining("holdout share");
        assertThatThrownBy(() -> draft().withHoldoutShare(Double.NaN)).hasMessageContaining("holdout share");
        assertThatThrownBy(() -> draft().withPriority(101)).hasMessageContaining("priority");
        assertThatThrownBy(() -> draft().withAttributionWindow(Duration.ofMinutes(5)))
                .hasMessageContaining("attribution window");
        assertThatThrownBy(() -> draft().withTopic(Optional.of("All Offers"))).hasMessageContaining("not a topic");
        assertThat(draft().withHoldoutShare(0)
                        .withPriority(100)
                        .withPromotion(true)
                        .holdoutShare())
                .isZero();
    }

    @Test
    void refusesAnIdThatCannotBeAPathOrKeyPart() {
        assertThatThrownBy(() -> Campaign.draft(
                        "spring/sale",
                        "x",
                        new AudienceSpec.Rule("monetary > 1"),
                        new ContentRef.Experiment("exp-1"),
                        ChannelKind.SMS,
                        new Schedule.Now(QuietHours.NONE),
                        "maria",
                        AT))
                .hasMessageContaining("A campaign id is 1-64 letters");
    }

    @Test
    void audienceSpecsCheckWhatTheyName() {
        assertThatThrownBy(() -> new AudienceSpec.Segment(Optional.empty(), Optional.of(1), Optional.of("Loyal")))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> AudienceSpec.Segment.byIndex(Optional.of(0L), 1))
                .hasMessageContaining("run id is positive");
        assertThatThrownBy(() -> new AudienceSpec.Rule("  ")).hasMessageContaining("audience rule is required");
        assertThatThrownBy(() -> new AudienceSpec.UploadedList(List.of()))
                .hasMessageContaining("at least one customer");
        assertThat(new AudienceSpec.UploadedList(List.of("C-2", "C-1", "C-2")).customerIds())
                .containsExactly("C-2", "C-1");
        assertThat(new ContentRef.Approved(List.of(3L, 3L, 1L)).contentIds()).containsExactly(3L, 1L);
        assertThatThrownBy(() -> new ContentRef.Approved(List.of(0L))).hasMessageContaining("content id is positive");
    }

    @Test
    void aSendTimeWindowRunsForwardForAtMostAWeek() {
        assertThatThrownBy(() -> new Schedule.SendTime(AT, AT, QuietHours.DEFAULT))
                .hasMessageContaining("must end after it starts");
        assertThatThrownBy(() -> new Schedule.SendTime(AT, AT.plus(Duration.ofDays(8)), QuietHours.DEFAULT))
                .hasMessageContaining("at most 7 days");
    }
}
