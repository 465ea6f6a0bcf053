package io.marketpilot.profiling.segmentation;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The outcome of {@link SegmentationService#segment}: the segments with their personas, every customer's
 * assignment, the evidence for k and the provenance to reproduce the run.
 *
 * @param snapshot the features the run used
 * @param k number of segments
 * @param silhouette mean silhouette of the chosen k; empty when undefined (k = 1, or every segment a single
 *     customer)
 * @param inertia k-means objective in the scaled space
 * @param elbow inertia and silhouette per k tried
 * @param kChoice how k was chosen (or that it was given), with the reasons in words
 * @param assignments one per segmented customer, in snapshot order
 * @param segments largest first
 * @param seed the seed of every random choice
 * @param method clustering, silhouette and persona methods with their parameters
 */
public record SegmentationResult(
        SnapshotInfo snapshot,
        int k,
        OptionalDouble silhouette,
        double inertia,
        List<KScore> elbow,
        KChoice kChoice,
        List<Assignment> assignments,
        List<SegmentSummary> segments,
        long seed,
        String method) {

    public SegmentationResult {
        elbow = List.copyOf(elbow);
        assignments = List.copyOf(assignments);
        segments = List.copyOf(segments);
    }
}
