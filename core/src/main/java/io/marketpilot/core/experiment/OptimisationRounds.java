package io.marketpilot.core.experiment;

import java.util.List;

/** The history of every campaign's optimisation rounds; rounds are only ever added. */
public interface OptimisationRounds {
    /** Adds a decided round and returns the id it was given. */
    long add(OptimisationRound round);

    /** The campaign's rounds in round order (empty when it has none). */
    List<OptimisationRound> forCampaign(String campaignId);
}
