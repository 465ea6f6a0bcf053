package io.marketpilot.experiments;

/**
 * One challenger against the control in a test with more than two variants.
 *
 * @param variant index of the challenger (the control is 0)
 * @param rate its conversion rate
 * @param diff rate - control rate
 * @param pValue the unadjusted two-sided z-test p-value against the control
 * @param adjustedPValue the Holm-adjusted p-value over all challengers
 * @param significant whether {@code adjustedPValue <= alpha}
 */
public record ChallengerResult(
        int variant, double rate, double diff, double pValue, double adjustedPValue, boolean significant) {}
