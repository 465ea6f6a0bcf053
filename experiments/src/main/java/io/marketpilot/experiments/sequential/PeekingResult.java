package io.marketpilot.experiments.sequential;

/**
 * False-positive rates of A/A experiments checked daily.
 *
 * @param setup what was simulated
 * @param seed the seed that reproduces it
 * @param naiveFalsePositiveRate share stopped by a z-test at the first look with p &lt; alpha
 * @param sequentialFalsePositiveRate share stopped by the mSPRT's always-valid p-value
 * @param finalLookFalsePositiveRate share the z-test rejects when read only once, at the end (about alpha)
 */
public record PeekingResult(
        PeekingSetup setup,
        long seed,
        double naiveFalsePositiveRate,
        double sequentialFalsePositiveRate,
        double finalLookFalsePositiveRate) {}
