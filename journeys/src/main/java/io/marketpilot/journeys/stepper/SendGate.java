package io.marketpilot.journeys.stepper;

import io.marketpilot.campaigns.audience.ConsentPolicy;
import io.marketpilot.campaigns.audience.ConsentRule;
import io.marketpilot.campaigns.cap.FrequencyCap;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.campaign.LeaveOutReason;
import io.marketpilot.journeys.definition.Step;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The campaigns' rules applied to one journey send, in the order a campaign's audience applies them: no address,
 * suppressed (the block nothing overrides), no consent ({@link ConsentRule}), frequency-capped ({@link FrequencyCap},
 * counting every campaign's and journey's messages). Quiet hours are kept by the send time the stepper gives.
 */
public final class SendGate {
    private SendGate() {}

    /**
     * What the gate reads about the recipient.
     *
     * @param latestConsents their latest consent per channel and topic
     * @param existingCustomer whether they bought before (legitimate interest needs it)
     * @param contactedAt when they were sent each marketing message (any campaign or journey)
     */
    public record Recipient(
            boolean hasAddress,
            boolean suppressed,
            List<Consent> latestConsents,
            boolean existingCustomer,
            List<Instant> contactedAt) {
        public Recipient {
            latestConsents = List.copyOf(latestConsents);
            contactedAt = List.copyOf(contactedAt);
        }
    }

    /** Why the send may not go, or empty when it may. */
    public static Optional<LeaveOutReason> blocked(
            Step.Send send, Recipient recipient, ConsentPolicy policy, FrequencyCap cap, Instant sendAt) {
        if (!recipient.hasAddress()) {
            return Optional.of(LeaveOutReason.NO_ADDRESS);
        }
        if (recipient.suppressed()) {
            return Optional.of(LeaveOutReason.SUPPRESSED);
        }
        if (!ConsentRule.allows(
                recipient.latestConsents(), send.channel(), send.topic(), recipient.existingCustomer(), policy)) {
            return Optional.of(LeaveOutReason.NO_CONSENT);
        }
        Instant periodStart = cap.periodStart(sendAt);
        int received = (int) recipient.contactedAt().stream()
                .filter(at -> !at.isBefore(periodStart) && !at.isAfter(sendAt))
                .count();
        if (!cap.allowsAnother(received)) {
            return Optional.of(LeaveOutReason.FREQUENCY_CAPPED);
        }
        return Optional.empty();
    }
}
