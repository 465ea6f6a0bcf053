package io.marketpilot.predict.clv;

/**
 * A maximum-likelihood BG/NBD fit with what is needed to judge and reproduce it.
 *
 * @param evaluations likelihood evaluations the optimiser used
 */
public record BgNbdFit(BgNbdParameters parameters, double logLikelihood, int customers, int evaluations) {}
