package io.marketpilot.campaigns.audience;

import io.marketpilot.core.campaign.AddressHash;
import io.marketpilot.core.campaign.Consent;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the store knows about the candidates, read in bulk before resolving.
 *
 * @param latestConsents each candidate's latest consent per topic on the channel (absent: none recorded)
 * @param suppressed the candidates' address hashes that are on the suppression list for the channel
 * @param contacts marketing messages each candidate received in the frequency cap's period before the send (and,
 *     where campaigns overlap, those reserved by higher-priority campaigns); absent: none
 * @param heldBack customers the promotion hold-back rule holds back now (applied to promotions only)
 */
public record AudienceFacts(
        Map<String, List<Consent>> latestConsents,
        Set<AddressHash> suppressed,
        Map<String, Integer> contacts,
        Set<String> heldBack) {
    public AudienceFacts {
        latestConsents = Map.copyOf(latestConsents);
        suppressed = Set.copyOf(suppressed);
        contacts = Map.copyOf(contacts);
        heldBack = Set.copyOf(heldBack);
    }
}
