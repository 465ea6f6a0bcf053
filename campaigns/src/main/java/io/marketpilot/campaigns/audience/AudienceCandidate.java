package io.marketpilot.campaigns.audience;

import io.marketpilot.core.campaign.AddressHash;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A customer the audience spec named, with what resolving them needs.
 *
 * @param address the hash of their address on the campaign's channel, or empty when they have none (erased, or
 *     never given)
 * @param existingCustomer whether they have ordered before
 * @param zone their time zone (their own, or their country's: see {@code CountryTimeZones})
 * @param preferredHour their predicted best local hour (0-23), if there is a prediction
 */
public record AudienceCandidate(
        String customerId,
        Optional<AddressHash> address,
        boolean existingCustomer,
        ZoneId zone,
        Optional<Integer> preferredHour) {}
