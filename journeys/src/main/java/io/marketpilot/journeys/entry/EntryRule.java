package io.marketpilot.journeys.entry;

import io.marketpilot.campaigns.holdout.Holdout;
import io.marketpilot.journeys.definition.JourneyDefinition;
import io.marketpilot.journeys.definition.ReEntry;
import java.time.Instant;
import java.util.Collection;

/**
 * Decides whether a customer whose trigger fired enters a journey: never while in it, then as its re-entry rule says;
 * one who enters is in the holdout by the campaigns' sticky {@link Holdout}, seeded by the journey's id, so the same
 * customer is held out on every entry and every version.
 */
public final class EntryRule {
    private EntryRule() {}

    public static EntryDecision decide(
            JourneyDefinition journey, String customerId, Collection<PastEntry> past, Instant now) {
        if (past.stream().anyMatch(PastEntry::active)) {
            return new EntryDecision.Refused(EntryDecision.Reason.IN_JOURNEY);
        }
        var latest = past.stream().map(PastEntry::enteredAt).max(Instant::compareTo);
        if (latest.isPresent()) {
            switch (journey.reEntry()) {
                case ReEntry.Once once -> {
                    return new EntryDecision.Refused(EntryDecision.Reason.ENTERED_BEFORE);
                }
                case ReEntry.OncePer per -> {
                    if (now.isBefore(latest.get().plus(per.period()))) {
                        return new EntryDecision.Refused(EntryDecision.Reason.TOO_SOON);
                    }
                }
                case ReEntry.Always always -> {}
            }
        }
        return new EntryDecision.Enter(isHeldOut(journey.id(), customerId, journey.holdoutShare()));
    }

    /** Whether the customer is in the journey's holdout at this share. */
    public static boolean isHeldOut(String journeyId, String customerId, double share) {
        // a prefix keeps a journey's holdout independent of a campaign that happens to share its id
        return Holdout.contains("journey:" + journeyId, customerId, share);
    }
}
