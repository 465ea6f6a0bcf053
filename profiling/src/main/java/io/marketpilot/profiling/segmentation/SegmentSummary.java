package io.marketpilot.profiling.segmentation;

import io.marketpilot.profiling.persona.Persona;
import java.util.Map;

/**
 * One segment: its size, its centroid in original units and its persona.
 *
 * @param segmentId 0 = largest segment
 * @param size customers in the segment
 * @param centroid per cluster column, the centroid mapped back to original units (days, orders, currency…)
 * @param persona name, description, traits and messaging angles
 */
public record SegmentSummary(int segmentId, int size, Map<String, Double> centroid, Persona persona) {}
