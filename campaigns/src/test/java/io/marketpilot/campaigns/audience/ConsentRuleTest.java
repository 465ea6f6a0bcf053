package io.marketpilot.campaigns.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.campaign.ConsentSource;
import io.marketpilot.core.campaign.ConsentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsentRuleTest {
    private static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");

    static Consent consent(ChannelKind channel, String topic, ConsentStatus status) {
        return new Consent("C-1", channel, topic, status, ConsentSource.IMPORT, AT, "customers.csv:2");
    }

    private static boolean allows(List<Consent> latest, Optional<String> topic, boolean existing, ConsentPolicy p) {
        return ConsentRule.allows(latest, ChannelKind.EMAIL, topic, existing, p);
    }

    @Test
    void anOptInOnAllAllowsACampaignWithoutTopic() {
        var in = List.of(consent(ChannelKind.EMAIL, "all", ConsentStatus.OPTED_IN));
        assertThat(allows(in, Optional.empty(), false, ConsentPolicy.EXPLICIT_ONLY))
                .isTrue();
    }

    @Test
    void aTopicNeedsItsOwnOptInAsWellAsAll() {
        var allOnly = List.of(consent(ChannelKind.EMAIL, "all", ConsentStatus.OPTED_IN));
        assertThat(allows(allOnly, Optional.of("offers"), false, ConsentPolicy.EXPLICIT_ONLY))
                .isFalse();
        var both = List.of(
                consent(ChannelKind.EMAIL, "all", ConsentStatus.OPTED_IN),
                consent(ChannelKind.EMAIL, "offers", ConsentStatus.OPTED_IN));
        assertThat(allows(both, Optional.of("offers"), false, ConsentPolicy.EXPLICIT_ONLY))
                .isTrue();
    }

    @Test
    void anOptOutOnAnyApplicableTopicExcludesEvenUnderLegitimateInterest() {
        var outOfOffers = List.of(
                consent(ChannelKind.EMAIL, "all", ConsentStatus.OPTED_IN),
                consent(ChannelKind.EMAIL, "offers", ConsentStatus.OPTED_OUT));
        assertThat(allows(outOfOffers, Optional.of("offers"), true, ConsentPolicy.LEGITIMATE_INTEREST))
                .isFalse();
        assertThat(allows(outOfOffers, Optional.of("newsletter"), true, ConsentPolicy.LEGITIMATE_INTEREST))
                .isTrue();
        assertThat(allows(outOfOffers, Optional.empty(), true, ConsentPolicy.EXPLICIT_ONLY))
                .as("an opt-out of one topic leaves mail on other topics allowed")
                .isTrue();
    }

    @Test
    void unknownExcludesByDefaultAndAllowsExistingCustomersUnderLegitimateInterest() {
        assertThat(allows(List.of(), Optional.empty(), true, ConsentPolicy.EXPLICIT_ONLY))
                .isFalse();
        assertThat(allows(List.of(), Optional.empty(), true, ConsentPolicy.LEGITIMATE_INTEREST))
                .isTrue();
        assertThat(allows(List.of(), Optional.empty(), false, ConsentPolicy.LEGITIMATE_INTEREST))
                .as("legitimate interest covers only customers who bought before")
                .isFalse();
        var unknown = List.of(consent(ChannelKind.EMAIL, "all", ConsentStatus.UNKNOWN));
        assertThat(allows(unknown, Optional.empty(), true, ConsentPolicy.LEGITIMATE_INTEREST))
                .isTrue();
    }

    @Test
    void aPendingDoubleOptInIsNotAConsent() {
        var pending = List.of(consent(ChannelKind.EMAIL, "all", ConsentStatus.PENDING));
        assertThat(allows(pending, Optional.empty(), true, ConsentPolicy.LEGITIMATE_INTEREST))
                .isFalse();
    }

    @Test
    void consentOnAnotherChannelDoesNotCount() {
        var smsOnly = List.of(consent(ChannelKind.SMS, "all", ConsentStatus.OPTED_IN));
        assertThat(allows(smsOnly, Optional.empty(), false, ConsentPolicy.EXPLICIT_ONLY))
                .isFalse();
    }

    @Test
    void theLatestRecordOfATopicDecides() {
        var history = List.of(
                consent(ChannelKind.EMAIL, "all", ConsentStatus.OPTED_IN),
                new Consent(
                        "C-1",
                        ChannelKind.EMAIL,
                        "all",
                        ConsentStatus.OPTED_OUT,
                        ConsentSource.ONE_CLICK_UNSUBSCRIBE,
                        AT.plusSeconds(60),
                        "request 9f2"));
        assertThat(allows(history, Optional.empty(), false, ConsentPolicy.EXPLICIT_ONLY))
                .isFalse();
    }

    @Test
    void aSenderSeesAnOptOutOrAPendingOptInAsWithdrawnButNotAnUnknownStatus() {
        var out = List.of(consent(ChannelKind.EMAIL, "all", ConsentStatus.OPTED_OUT));
        var pending = List.of(consent(ChannelKind.EMAIL, "all", ConsentStatus.PENDING));
        var outOfOffers = List.of(
                consent(ChannelKind.EMAIL, "all", ConsentStatus.OPTED_IN),
                consent(ChannelKind.EMAIL, "offers", ConsentStatus.OPTED_OUT));

        assertThat(ConsentRule.withdrawn(out, ChannelKind.EMAIL, Optional.empty()))
                .isTrue();
        assertThat(ConsentRule.withdrawn(pending, ChannelKind.EMAIL, Optional.empty()))
                .isTrue();
        assertThat(ConsentRule.withdrawn(List.of(), ChannelKind.EMAIL, Optional.empty()))
                .as("unknown: the policy admitted it when the audience was resolved")
                .isFalse();
        assertThat(ConsentRule.withdrawn(outOfOffers, ChannelKind.EMAIL, Optional.of("offers")))
                .isTrue();
        assertThat(ConsentRule.withdrawn(outOfOffers, ChannelKind.EMAIL, Optional.of("newsletter")))
                .isFalse();
        assertThat(ConsentRule.withdrawn(out, ChannelKind.SMS, Optional.empty()))
                .as("another channel's opt-out")
                .isFalse();
    }
}
