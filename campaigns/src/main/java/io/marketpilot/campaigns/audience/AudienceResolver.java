package io.marketpilot.campaigns.audience;

import io.marketpilot.campaigns.cap.FrequencyCap;
import io.marketpilot.campaigns.holdout.Holdout;
import io.marketpilot.campaigns.schedule.SendTimePlanner;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.AudienceMember;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.LeaveOutReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a campaign's audience: who receives it and when, and for everyone else the first reason that applies, in
 * this order (the order of {@link LeaveOutReason}):
 *
 * <ol>
 *   <li>no address on the channel;
 *   <li>suppressed: the address is on the suppression list (the absolute block, so it is named before consent);
 *   <li>no consent (see {@link ConsentRule} and the {@link ConsentPolicy});
 *   <li>in the holdout ({@link Holdout}, sticky per campaign and customer);
 *   <li>frequency-capped: the cap's period before their send time is full;
 *   <li>held back from a promotion after a recent grievance;
 *   <li>quiet hours: the send-time window leaves no time outside their quiet hours.
 * </ol>
 *
 * <p>The holdout is drawn before the cap, hold-back and quiet hours, from customers who may be mailed at all: it
 * stands for who the campaign could have reached. Customers the later filters leave out are then missing from the
 * recipients but not from the holdout, a small bias towards zero in the lift that keeps the holdout sticky as caps
 * change between resolutions.
 */
public final class AudienceResolver {
    private final ConsentPolicy consentPolicy;
    private final FrequencyCap cap;

    public AudienceResolver(ConsentPolicy consentPolicy, FrequencyCap cap) {
        this.consentPolicy = consentPolicy;
        this.cap = cap;
    }

    /** Resolves the candidates (each once; a repeated id is refused) for {@code campaign} at {@code now}. */
    public ResolvedAudience resolve(
            Campaign campaign, List<AudienceCandidate> candidates, AudienceFacts facts, Instant now) {
        var seen = new HashSet<String>();
        List<PlannedRecipient> recipients = new ArrayList<>();
        List<AudienceMember> leftOut = new ArrayList<>();
        for (AudienceCandidate candidate : candidates) {
            if (!seen.add(candidate.customerId())) {
                throw MarketPilotException.invalid("Customer '" + candidate.customerId() + "' is a candidate twice");
            }
            Optional<Instant> sendAt =
                    SendTimePlanner.plan(campaign.schedule(), candidate.zone(), candidate.preferredHour(), now);
            Optional<LeaveOutReason> reason = reasonToLeaveOut(campaign, candidate, facts, sendAt.isPresent());
            if (reason.isPresent()) {
                leftOut.add(AudienceMember.leftOut(candidate.customerId(), reason.get()));
            } else {
                recipients.add(new PlannedRecipient(candidate.customerId(), sendAt.orElseThrow()));
            }
        }
        return new ResolvedAudience(recipients, leftOut);
    }

    private Optional<LeaveOutReason> reasonToLeaveOut(
            Campaign campaign, AudienceCandidate candidate, AudienceFacts facts, boolean hasSendTime) {
        String id = candidate.customerId();
        if (candidate.address().isEmpty()) {
            return Optional.of(LeaveOutReason.NO_ADDRESS);
        }
        if (facts.suppressed().contains(candidate.address().get())) {
            return Optional.of(LeaveOutReason.SUPPRESSED);
        }
        if (!ConsentRule.allows(
                facts.latestConsents().getOrDefault(id, List.of()),
                campaign.channel(),
                campaign.topic(),
                candidate.existingCustomer(),
                consentPolicy)) {
            return Optional.of(LeaveOutReason.NO_CONSENT);
        }
        if (Holdout.contains(campaign.id(), id, campaign.holdoutShare())) {
            return Optional.of(LeaveOutReason.HOLDOUT);
        }
        if (!cap.allowsAnother(facts.contacts().getOrDefault(id, 0))) {
            return Optional.of(LeaveOutReason.FREQUENCY_CAPPED);
        }
        if (campaign.promotion() && facts.heldBack().contains(id)) {
            return Optional.of(LeaveOutReason.HELD_BACK);
        }
        if (!hasSendTime) {
            return Optional.of(LeaveOutReason.QUIET_HOURS);
        }
        return Optional.empty();
    }
}
