package io.marketpilot.predict.clv;

/**
 * A BG/NBD fit with what is needed to judge and reproduce it.
 *
 * @param logLikelihood the data's log-likelihood at the parameters (without any prior)
 * @param evaluations likelihood evaluations the optimiser used
 * @param estimation how the parameters were estimated: maximum likelihood, or the posterior mode under weak priors
 *     when the likelihood alone has no interior maximum (see {@link BgNbdFitter})
 */
public record BgNbdFit(
        BgNbdParameters parameters, double logLikelihood, int customers, int evaluations, String estimation) {
    public static final String MAXIMUM_LIKELIHOOD = "maximum likelihood";

    public BgNbdFit(BgNbdParameters parameters, double logLikelihood, int customers, int evaluations) {
        this(parameters, logLikelihood, customers, evaluations, MAXIMUM_LIKELIHOOD);
    }
}
