package io.marketpilot.campaigns.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignPriorityTest {
    private static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");

    static Campaign campaign(String id, int priority, Instant createdAt) {
        return Campaign.draft(
                        id,
                        id,
                        new AudienceSpec.Rule("monetary > 0"),
                        new ContentRef.Approved(List.of(1L)),
                        ChannelKind.EMAIL,
                        new Schedule.Now(QuietHours.DEFAULT),
                        "maria",
                        createdAt)
                .withPriority(priority);
    }

    @Test
    void theHigherPriorityCampaignTakesTheLastSlotOfTheCap() {
        var newsletter = new CampaignCandidates(campaign("newsletter", 10, AT), List.of("C-1", "C-2"));
        var offer = new CampaignCandidates(campaign("offer", 90, AT.plusSeconds(60)), List.of("C-1", "C-2"));
        // C-1 had two of three messages this week; C-2 none
        List<CapAllocation> allocations =
                CampaignPriority.allocate(List.of(newsletter, offer), Map.of("C-1", 2), FrequencyCap.DEFAULT);

        assertThat(allocations)
                .containsExactly(
                        new CapAllocation("offer", List.of("C-1", "C-2"), List.of()),
                        new CapAllocation("newsletter", List.of("C-2"), List.of("C-1")));
    }

    @Test
    void atEqualPriorityTheOlderCampaignGoesFirstThenTheSmallerId() {
        var later = campaign("a-later", 50, AT.plusSeconds(1));
        var earlier = campaign("z-earlier", 50, AT);
        var sameTimeB = campaign("b", 50, AT);
        assertThat(List.of(later, earlier, sameTimeB).stream()
                        .sorted(CampaignPriority.FIRST_TO_TAKE_THE_CAP)
                        .map(Campaign::id))
                .containsExactly("b", "z-earlier", "a-later");
    }

    @Test
    void aCustomerListedTwiceInOneCampaignTakesOneSlot() {
        var twice = new CampaignCandidates(campaign("offer", 50, AT), List.of("C-1", "C-1"));
        var cap = new FrequencyCap(1, Duration.ofDays(7));
        var other = new CampaignCandidates(campaign("other", 40, AT), List.of("C-1"));
        assertThat(CampaignPriority.allocate(List.of(twice, other), Map.of(), cap))
                .containsExactly(
                        new CapAllocation("offer", List.of("C-1"), List.of()),
                        new CapAllocation("other", List.of(), List.of("C-1")));
    }

    @Test
    void refusesTheSameCampaignTwice() {
        var offer = new CampaignCandidates(campaign("offer", 50, AT), List.of("C-1"));
        assertThatThrownBy(() -> CampaignPriority.allocate(List.of(offer, offer), Map.of(), FrequencyCap.DEFAULT))
                .hasMessageContaining("listed twice");
    }

    @Test
    void theCapCountsMessagesInItsPeriod() {
        assertThat(FrequencyCap.DEFAULT.allowsAnother(2)).isTrue();
        assertThat(FrequencyCap.DEFAULT.allowsAnother(3)).isFalse();
        assertThat(FrequencyCap.DEFAULT.remaining(5)).isZero();
        assertThat(FrequencyCap.DEFAULT.periodStart(AT)).isEqualTo(AT.minus(Duration.ofDays(7)));
        assertThatThrownBy(() -> new FrequencyCap(0, Duration.ofDays(7))).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new FrequencyCap(3, Duration.ofMinutes(5))).hasMessageContaining("period");
    }
}
