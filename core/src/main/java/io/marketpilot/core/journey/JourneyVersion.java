package io.marketpilot.core.journey;

import io.marketpilot.core.MarketPilotException;
import java.time.Instant;

/**
 * One version of a journey, never changed once stored: customers who entered it finish on it.
 *
 * @param definition the journey's JSON as the journeys module writes it (the store keeps it as it is)
 */
public record JourneyVersion(
        String journeyId, int version, String name, String definition, String createdBy, Instant createdAt) {
    /** The longest journey JSON the store keeps. */
    public static final int MAX_DEFINITION = 1_000_000;

    public JourneyVersion {
        Names.id(journeyId, "journey id");
        if (version < 1) {
            throw MarketPilotException.invalid("a journey version is 1 or more, was " + version);
        }
        Names.present(name, "journey name");
        Names.present(definition, "journey definition");
        if (definition.length() > MAX_DEFINITION) {
            throw MarketPilotException.invalid("a journey's JSON is at most 1,000,000 characters");
        }
        Names.id(createdBy, "author");
        Names.present(createdAt, "creation time");
    }
}
