package io.marketpilot.journeys.entry;

import java.time.Instant;

/**
 * One earlier enrolment of the customer in the journey (any version).
 *
 * @param active whether they are still in it
 */
public record PastEntry(Instant enteredAt, boolean active) {}
