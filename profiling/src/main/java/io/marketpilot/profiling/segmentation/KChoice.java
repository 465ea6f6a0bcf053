package io.marketpilot.profiling.segmentation;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Why a segmentation has the k it has: the scores per k, what the rule concluded and one plain sentence saying so.
 *
 * @param verdict how k was arrived at
 * @param k the number of segments returned
 * @param scores inertia and silhouette per k tried (one entry, or none for k = 1, when k was fixed)
 * @param clearestK the k with the highest silhouette over every k tried; empty when k was fixed
 * @param elbowK the elbow of the inertia curve by the kneedle method; empty with fewer than three k tried
 * @param uniformSilhouette the silhouette k-means reaches at {@code clearestK} on uniform noise spread over the
 *     same ranges as the data: what "no structure" scores; empty when k was fixed
 * @param rule the rule with its parameters, e.g. for the run's provenance
 * @param explanation one or two plain sentences for people
 */
public record KChoice(
        Verdict verdict,
        int k,
        List<KScore> scores,
        OptionalInt clearestK,
        OptionalInt elbowK,
        OptionalDouble uniformSilhouette,
        String rule,
        String explanation) {

    /** How k was arrived at. */
    public enum Verdict {
        /** the caller gave k */
        FIXED,
        /** chosen by the rule among the useful k */
        CHOSEN,
        /** the data splits clearly into two groups only, so two segments are returned and the output says so */
        TWO_GROUPS_ONLY,
        /** no k separates the customers better than noise would: one segment, and the output says so */
        NO_STRUCTURE
    }

    public KChoice {
        scores = List.copyOf(scores);
    }

    public OptionalDouble silhouetteAt(int kValue) {
        return scores.stream()
                .filter(s -> s.k() == kValue)
                .findFirst()
                .map(KScore::silhouette)
                .orElse(OptionalDouble.empty());
    }
}
