package io.marketpilot.predict.forecast;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Forecast means and prediction intervals of a fitted ETS model.
 *
 * <p>Additive forms (ETS(A,N,N), (A,A,N), (A,Ad,N), (A,N,A), (A,A,A), (A,Ad,A)) use the exact Gaussian variance of
 * Hyndman et al. (2008, chapter 6, class 1): v_h = sigma^2 (1 + sum_{j=1}^{h-1} c_j^2) with c_j = alpha + beta
 * (phi + ... + phi^j) + gamma [j is a multiple of 52]. Multiplicative seasonality has no closed form that simple, so
 * its intervals are quantiles of seeded simulated sample paths with N(0, sigma^2) errors; the mean there is the point
 * forecast, which differs from the simulated mean only by a second-order term.
 */
final class EtsIntervals {
    private EtsIntervals() {}

    /** One row per week ahead: {mean, lo80, hi80, lo95, hi95}. */
    static double[][] predict(EtsFit fit, int horizon, long seed, int paths) {
        return fit.form().multiplicative() ? simulated(fit, horizon, seed, paths) : analytic(fit, horizon);
    }

    static String method(EtsForm form, int paths) {
        return form.multiplicative()
                ? "quantiles of " + paths + " seeded simulated paths with Gaussian errors"
                : "analytic Gaussian, ETS class-1 variance (Hyndman et al. 2008, ch. 6)";
    }

    private static double[][] analytic(EtsFit fit, int horizon) {
        EtsParameters p = fit.parameters();
        int n = fit.observations();
        double sigma2 = fit.sigma2();
        double[][] rows = new double[horizon][];
        double sumC2 = 0;
        for (int h = 1; h <= horizon; h++) {
            if (h > 1) {
                int j = h - 1;
                boolean seasonStep = fit.form().seasonal() && j % fit.form().period() == 0;
                double c = p.alpha() + p.beta() * p.trendSteps(j) + (seasonStep ? p.gamma() : 0);
                sumC2 += c * c;
            }
            double mean = EtsRecursion.pointForecast(fit.form(), p, fit.last(), n, h);
            double sd = Math.sqrt(sigma2 * (1 + sumC2));
            rows[h - 1] = new double[] {
                mean,
                mean - ForecastPoint.Z80 * sd,
                mean + ForecastPoint.Z80 * sd,
                mean - ForecastPoint.Z95 * sd,
                mean + ForecastPoint.Z95 * sd
            };
        }
        return rows;
    }

    private static double[][] simulated(EtsFit fit, int horizon, long seed, int paths) {
        EtsForm form = fit.form();
        EtsParameters p = fit.parameters();
        int n = fit.observations();
        double sigma = Math.sqrt(fit.sigma2());
        double[][] draws = new double[horizon][paths];
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[1];
        double[] noResiduals = new double[0];
        for (int path = 0; path < paths; path++) {
            EtsState state = fit.last().copy();
            for (int h = 1; h <= horizon; h++) {
                int t = n + h - 1;
                y[0] = EtsRecursion.pointForecast(form, p, state, t, 1) + sigma * random.nextGaussian();
                draws[h - 1][path] = y[0];
                if (!Double.isFinite(EtsRecursion.run(y, t, form, p, state, noResiduals))) {
                    // the path's level went through zero and the multiplicative recursion cannot go on: keep its
                    // last draw, a series that has lost its level does not come back by itself
                    for (int rest = h + 1; rest <= horizon; rest++) {
                        draws[rest - 1][path] = y[0];
                    }
                    break;
                }
            }
        }
        double[][] rows = new double[horizon][];
        for (int h = 1; h <= horizon; h++) {
            double[] d = draws[h - 1];
            Arrays.sort(d);
            rows[h - 1] = new double[] {
                EtsRecursion.pointForecast(form, p, fit.last(), n, h),
                quantile(d, 0.10),
                quantile(d, 0.90),
                quantile(d, 0.025),
                quantile(d, 0.975)
            };
        }
        return rows;
    }

    /** The q-quantile of sorted values, interpolating linearly between order statistics (R's type 7). */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
