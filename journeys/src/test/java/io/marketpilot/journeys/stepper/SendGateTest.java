package io.marketpilot.journeys.stepper;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.campaigns.audience.ConsentPolicy;
import io.marketpilot.campaigns.cap.FrequencyCap;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.campaign.ConsentSource;
import io.marketpilot.core.campaign.ConsentStatus;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.LeaveOutReason;
import io.marketpilot.journeys.definition.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendGateTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final Step.Send OFFER = new Step.Send(
            "offer", ChannelKind.EMAIL, new ContentRef.Approved(List.of(1L)), Optional.of("offers"), Optional.empty());
    static final FrequencyCap CAP = new FrequencyCap(2, Duration.ofDays(7));

    static Consent consent(String topic, ConsentStatus status) {
        return new Consent(
                "C1", ChannelKind.EMAIL, topic, status, ConsentSource.IMPORT, NOW.minusSeconds(600), "row 2");
    }

    static SendGate.Recipient recipient(
            boolean address, boolean suppressed, List<Consent> consents, List<Instant> contacts) {
        return new SendGate.Recipient(address, suppressed, consents, true, contacts);
    }

    static Optional<LeaveOutReason> gate(SendGate.Recipient r) {
        return SendGate.blocked(OFFER, r, ConsentPolicy.EXPLICIT_ONLY, CAP, NOW);
    }

    @Test
    void anOptedInRecipientUnderTheCapMayBeSent() {
        var optedIn = List.of(consent("all", ConsentStatus.OPTED_IN), consent("offers", ConsentStatus.OPTED_IN));

        assertThat(gate(recipient(
                        true, false, optedIn, List.of(NOW.minus(Duration.ofDays(8)), NOW.minus(Duration.ofDays(1))))))
                .isEmpty();
    }

    @Test
    void eachRuleOfTheCampaignsBlocksInTheirOrder() {
        var optedIn = List.of(consent("all", ConsentStatus.OPTED_IN), consent("offers", ConsentStatus.OPTED_IN));
        var optedOutOfOffers =
                List.of(consent("all", ConsentStatus.OPTED_IN), consent("offers", ConsentStatus.OPTED_OUT));

        assertThat(gate(recipient(false, true, optedOutOfOffers, List.of()))).contains(LeaveOutReason.NO_ADDRESS);
        assertThat(gate(recipient(true, true, optedIn, List.of()))).contains(LeaveOutReason.SUPPRESSED);
        assertThat(gate(recipient(true, false, optedOutOfOffers, List.of()))).contains(LeaveOutReason.NO_CONSENT);
        assertThat(gate(recipient(true, false, List.of(), List.of())))
                .as("unknown under explicit opt-in")
                .contains(LeaveOutReason.NO_CONSENT);
        assertThat(gate(recipient(true, false, optedIn, List.of(NOW.minus(Duration.ofDays(7)), NOW.minusSeconds(1)))))
                .contains(LeaveOutReason.FREQUENCY_CAPPED);
    }

    @Test
    void legitimateInterestAdmitsAnExistingCustomerWithNoRecordedConsent() {
        var unknown = new SendGate.Recipient(true, false, List.of(), true, List.of());
        var newcomer = new SendGate.Recipient(true, false, List.of(), false, List.of());

        assertThat(SendGate.blocked(OFFER, unknown, ConsentPolicy.LEGITIMATE_INTEREST, CAP, NOW))
                .isEmpty();
        assertThat(SendGate.blocked(OFFER, newcomer, ConsentPolicy.LEGITIMATE_INTEREST, CAP, NOW))
                .contains(LeaveOutReason.NO_CONSENT);
    }
}
