package io.marketpilot.profiling.segmentation;

/**
 * A customer's segment.
 *
 * @param customerId the customer
 * @param segment segment id (0 = largest segment)
 * @param distance Euclidean distance to the segment centroid in the scaled feature space; large values mark
 *     customers the segment describes poorly
 */
public record Assignment(String customerId, int segment, double distance) {}
