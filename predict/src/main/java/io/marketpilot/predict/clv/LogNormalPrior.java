package io.marketpilot.predict.clv;

/**
 * A likelihood times independent log-normal priors, each centred on 1 with a wide spread: the log-posterior whose
 * mode is the maximum a-posteriori estimate. Used only where the likelihood alone runs to the edge of the parameter
 * space, so that a parameter the data cannot place settles where the prior and the (flat) likelihood meet, while the
 * parameters the data do place barely move (the prior adds at most a few log-units to a likelihood of thousands).
 */
final class LogNormalPrior implements LogLikelihood {
    private final LogLikelihood likelihood;
    private final double variance;

    LogNormalPrior(LogLikelihood likelihood, double sigma) {
        this.likelihood = likelihood;
        this.variance = sigma * sigma;
    }

    @Override
    public int dimension() {
        return likelihood.dimension();
    }

    @Override
    public double valueAndGradient(double[] parameters, double[] gradient) {
        double value = likelihood.valueAndGradient(parameters, gradient);
        for (int i = 0; i < parameters.length; i++) {
            double log = Math.log(parameters[i]);
            value -= log * log / (2 * variance);
            gradient[i] -= log / (variance * parameters[i]);
        }
        return value;
    }
}
