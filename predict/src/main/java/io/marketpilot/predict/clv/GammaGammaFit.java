package io.marketpilot.predict.clv;

/**
 * A maximum-likelihood Gamma-Gamma fit over the customers with repeat purchases.
 *
 * @param customers customers in the fit: those with at least one repeat purchase day and positive mean spend
 * @param zeroSpendExcluded repeat customers left out because their repeat purchases were all free (log 0 spend)
 * @param evaluations likelihood evaluations the optimiser used
 */
public record GammaGammaFit(
        GammaGammaParameters parameters, double logLikelihood, int customers, int zeroSpendExcluded, int evaluations) {}
