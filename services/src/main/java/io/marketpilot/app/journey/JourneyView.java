package io.marketpilot.app.journey;

import io.marketpilot.core.journey.Journey;
import java.time.Instant;

/** A journey as the doors list it: its latest version's name, whether it takes in customers, how many versions. */
public record JourneyView(
        String id, String name, String status, int latestVersion, String createdBy, Instant createdAt) {
    static JourneyView of(Journey j) {
        return new JourneyView(
                j.id(), j.name(), j.status().wireName(), j.latestVersion(), j.createdBy(), j.createdAt());
    }
}
