package io.marketpilot.app.journey;

import java.time.Instant;
import java.util.List;

/**
 * One journey with its versions and the latest version's JSON.
 *
 * @param definition the latest version's JSON, as {@code journey apply} takes it
 * @param inJourney how many customers are in it now, any version
 */
public record JourneyDetail(JourneyView journey, List<Version> versions, String definition, long inJourney) {
    public JourneyDetail {
        versions = List.copyOf(versions);
    }

    /** One stored version: customers who entered it finish on it. */
    public record Version(int version, String name, String createdBy, Instant createdAt) {}
}
