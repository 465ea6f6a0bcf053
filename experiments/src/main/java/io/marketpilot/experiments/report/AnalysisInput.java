package io.marketpilot.experiments.report;

import java.util.List;

/**
 * What an experiment report is computed from.
 *
 * @param variants variant names, the control first
 * @param weights allocation weights, for the sample-ratio check
 * @param binary true for conversion/click-through (values 0/1), false for revenue per user
 * @param alpha the decision's error rate
 * @param expectedEffect absolute effect the sequential test is tuned for (τ) and the smallest effect worth having
 * @param units every exposed unit
 */
public record AnalysisInput(
        List<String> variants,
        double[] weights,
        boolean binary,
        double alpha,
        double expectedEffect,
        List<UnitResult> units) {
    public AnalysisInput {
        variants = List.copyOf(variants);
        weights = weights.clone();
        units = List.copyOf(units);
        if (variants.size() < 2 || weights.length != variants.size()) {
            throw new IllegalArgumentException("need at least two variants with one weight each");
        }
    }
}
