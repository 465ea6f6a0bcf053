package io.marketpilot.experiments.cuped;

/**
 * CUPED (Deng, Xu, Kohavi, Walker 2013): subtracting theta·(X - mean X), with X a metric measured before the
 * experiment, keeps the mean of Y but removes the variance X explains.
 *
 * <p>Compute theta once on all arms pooled and apply it to every arm; a per-arm theta would bias the difference.
 * X must predate assignment, or the treatment could leak into it.
 */
public final class Cuped {
    private Cuped() {}

    public static CupedResult adjust(double[] metric, double[] covariate) {
        int n = metric.length;
        if (n != covariate.length || n < 2) {
            throw new IllegalArgumentException("need at least two paired metric and covariate values");
        }
        double meanY = 0;
        double meanX = 0;
        for (int i = 0; i < n; i++) {
            meanY += metric[i];
            meanX += covariate[i];
        }
        meanY /= n;
        meanX /= n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = covariate[i] - meanX;
            double dy = metric[i] - meanY;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        // A constant covariate explains nothing; leave the metric as it is rather than divide by zero.
        double theta = sxx > 0 ? sxy / sxx : 0;
        double[] adjusted = new double[n];
        double sAdj = 0;
        for (int i = 0; i < n; i++) {
            adjusted[i] = metric[i] - theta * (covariate[i] - meanX);
            double d = adjusted[i] - meanY;
            sAdj += d * d;
        }
        return new CupedResult(theta, meanX, adjusted, syy / (n - 1), sAdj / (n - 1));
    }
}
