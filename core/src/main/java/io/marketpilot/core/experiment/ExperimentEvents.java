package io.marketpilot.core.experiment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Experiment events (exposures, clicks, conversions) and the per-unit outcomes an analysis reads back. They share one
 * id space with behavioural events, so one idempotency key covers every event.
 */
public interface ExperimentEvents {
    /**
     * Stores the events whose ids are new. Events are expected to be unique within the list (the caller counts
     * repeats); ids already stored are skipped. Returns how many were written.
     */
    int write(List<ExperimentEvent> events);

    /** Which of these ids are stored already, as any kind of event. */
    Set<String> existingIds(Collection<String> ids);

    /** One row per (variant, unit) that has any event in the experiment, ordered by variant and unit. */
    List<UnitOutcome> outcomes(String experimentId);

    /** Events stored per experiment id, for listings. */
    Map<String, Long> countsByExperiment();
}
