package io.marketpilot.predict.clv;

/** A log-likelihood over positive parameters that also reports its gradient, as the maximiser needs. */
interface LogLikelihood {
    int dimension();

    /**
     * The log-likelihood at {@code parameters} (natural scale, all positive), writing d LL / d parameter into
     * {@code gradient}.
     */
    double valueAndGradient(double[] parameters, double[] gradient);
}
