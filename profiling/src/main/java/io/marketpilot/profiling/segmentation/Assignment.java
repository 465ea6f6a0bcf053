package io.marketpilot.profiling.segmentation;

/**
 * A customer's segment.
 *
 * @param customerId the customer
 * @param segment segment id (0 = largest segment)
 * @param distance Euclidean distance to the segment centroid in the scaled feature space; large values mark
 *     customers the segment describes poorly
 * @param x first principal component of the customer's scaled features, for a 2-D map of the segments
 * @param y second principal component (0 when the features have a single dimension)
 */
public record Assignment(String customerId, int segment, double distance, double x, double y) {}
