package io.marketpilot.core.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The history of recommender trainings: one numbered version per training, with every candidate's scores. */
public interface RecommenderVersions {

    /**
     * One training.
     *
     * @param dataStamp identifies the sales the models learned from (changes when orders change)
     * @param served the algorithm that answers requests
     * @param parameters the served algorithm's parameters
     * @param evaluation every candidate's hold-out scores
     */
    record Version(
            int version,
            LocalDateTime trainedAt,
            String dataStamp,
            String served,
            String parameters,
            int customers,
            int products,
            int interactions,
            List<CandidateScore> evaluation) {
        public Version {
            evaluation = List.copyOf(evaluation);
        }
    }

    /**
     * One candidate algorithm's hold-out scores in a training: means over the test customers of precision, recall,
     * NDCG and average precision at k, the share of the catalogue anybody was recommended, and the time to fit.
     */
    record CandidateScore(
            String algorithm,
            String parameters,
            double precision,
            double recall,
            double ndcg,
            double map,
            double coverage,
            double trainSeconds) {}

    /** The next free version number (1 for an empty history). */
    int nextVersion();

    /** Keeps a training under its version number. */
    void save(Version version);

    /** Newest first, at most {@code limit}. */
    List<Version> recent(int limit);

    /** The newest training, if any. */
    Optional<Version> latest();
}
