package io.marketpilot.app.campaign;

import io.marketpilot.core.campaign.Consent;
import java.time.Instant;

/** One consent record as the doors show it, with wire names: who said what about which channel and topic, and how we know. */
public record ConsentLine(
        String customerId, String channel, String topic, String status, String source, Instant at, String proof) {

    static ConsentLine of(Consent c) {
        return new ConsentLine(
                c.customerId(),
                c.channel().wireName(),
                c.topic(),
                c.status().wireName(),
                c.source().wireName(),
                c.at(),
                c.proof());
    }
}
