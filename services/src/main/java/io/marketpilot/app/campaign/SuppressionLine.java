package io.marketpilot.app.campaign;

import io.marketpilot.core.campaign.Suppression;
import java.time.Instant;

/** One entry of the suppression list: an address hash (never the address), its channel, why and when. */
public record SuppressionLine(String addressHash, String channel, String reason, Instant at, String note) {

    static SuppressionLine of(Suppression s) {
        return new SuppressionLine(
                s.address().hex(), s.channel().wireName(), s.reason().wireName(), s.at(), s.note());
    }
}
