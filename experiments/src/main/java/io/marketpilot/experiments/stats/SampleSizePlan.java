package io.marketpilot.experiments.stats;

/**
 * How many units each arm of a two-proportion test needs.
 *
 * @param baseline conversion rate of the control
 * @param variant conversion rate the test should detect
 * @param alpha two-sided significance level
 * @param power probability of detecting {@code variant} when it is true
 * @param exactPerArm the formula's real-valued answer
 * @param perArm {@code exactPerArm} rounded up
 */
public record SampleSizePlan(
        double baseline, double variant, double alpha, double power, double exactPerArm, long perArm) {
    public long total() {
        return 2 * perArm;
    }
}
