package io.marketpilot.core.experiment;

import java.util.List;
import java.util.Optional;

/** Keeps experiment definitions with their variants, status and decision. */
public interface ExperimentStore {
    /** Stores a new experiment; an id in use is a conflict, never an overwrite. */
    void create(Experiment experiment);

    /** Saves the status, dates, decision and variants of an existing experiment; an unknown id is not found. */
    void update(Experiment experiment);

    /** The experiment with this id, if there is one. */
    Optional<Experiment> find(String id);

    /** Every experiment, newest first; optionally only one campaign's. */
    List<Experiment> list(Optional<String> campaignId);
}
