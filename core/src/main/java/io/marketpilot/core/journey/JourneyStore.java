package io.marketpilot.core.journey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Journeys and their versions. Saving a journey that exists adds a version (editing a running journey never changes
 * the version its customers are on); a version, once stored, never changes.
 */
public interface JourneyStore {
    /**
     * Stores {@code definition} as the journey's next version (version 1 creates the journey, active), and returns
     * it. Two saves racing for the same journey both succeed, as consecutive versions.
     */
    default JourneyVersion save(String journeyId, String name, String definition, String actor, Instant at) {
        return save(journeyId, name, definition, actor, at, JourneyStatus.ACTIVE);
    }

    /**
     * As {@link #save(String, String, String, String, Instant)}, creating a new journey with {@code whenNew} (a draft
     * is created paused, so nobody enters before a person activates it); an existing journey keeps its status.
     */
    JourneyVersion save(
            String journeyId, String name, String definition, String actor, Instant at, JourneyStatus whenNew);

    Optional<Journey> find(String journeyId);

    /** Every journey, by id. */
    List<Journey> list();

    Optional<JourneyVersion> version(String journeyId, int version);

    /** The journey's versions, oldest first; empty when there is no such journey. */
    List<JourneyVersion> versions(String journeyId);

    /** The latest version of every active journey: what trigger checks enrol customers into. */
    List<JourneyVersion> activeLatest();

    /**
     * Moves the journey to {@code status}. Returns false when there is no such journey.
     */
    boolean setStatus(String journeyId, JourneyStatus status);
}
