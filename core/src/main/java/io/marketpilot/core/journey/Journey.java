package io.marketpilot.core.journey;

import java.time.Instant;

/**
 * A journey as the store lists it: its latest version's name, its status, and how many versions it has.
 *
 * @param latestVersion the version new customers enter (versions count from 1)
 */
public record Journey(
        String id, String name, JourneyStatus status, int latestVersion, String createdBy, Instant createdAt) {
    public Journey {
        Names.id(id, "journey id");
        Names.present(name, "journey name");
        Names.present(status, "journey status");
        Names.present(createdBy, "author");
        Names.present(createdAt, "creation time");
    }
}
