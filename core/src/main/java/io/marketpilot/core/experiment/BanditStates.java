package io.marketpilot.core.experiment;

import java.time.LocalDateTime;
import java.util.Optional;

/** The learned state of each bandit experiment, replaced after every reward so that a restart loses nothing. */
public interface BanditStates {
    /** The experiment's learned state, or empty before its first reward. */
    Optional<BanditSnapshot> find(String experimentId);

    /** Stores the experiment's state in place of the one before. */
    void save(String experimentId, BanditSnapshot state, LocalDateTime at);
}
