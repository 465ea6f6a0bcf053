package io.marketpilot.predict.clv;

import io.marketpilot.core.MarketPilotException;
import java.util.List;

/** Estimation of the BG/NBD parameters from calibration summaries. */
public final class BgNbdFitter {
    /** Wide: each prior's central 95 % range is e^±5.9, about 0.003 to 360. */
    static final double PRIOR_SIGMA = 3;

    private BgNbdFitter() {}

    /**
     * Fits r, alpha, a and b by maximum likelihood, or, where the likelihood has no interior maximum, as the posterior
     * mode under wide log-normal priors; {@link BgNbdFit#estimation()} says which.
     *
     * @throws MarketPilotException INVALID_INPUT when there are no customers, nobody bought twice, or even the
     *     posterior has no interior maximum
     */
    public static BgNbdFit fit(List<RfmSummary> summaries) {
        return fit(RfmGroups.of(summaries));
    }

    static BgNbdFit fit(RfmGroups groups) {
        if (groups.repeatPurchases == 0) {
            // with x = 0 everywhere the likelihood keeps rising as r -> 0: there is no estimate to report
            throw MarketPilotException.invalid("BG/NBD needs at least one repeat purchase; all " + groups.customers
                    + " customers bought on one day only");
        }
        BgNbdLikelihood likelihood = new BgNbdLikelihood(groups);
        try {
            return fit(likelihood, likelihood, groups, BgNbdFit.MAXIMUM_LIKELIHOOD);
        } catch (NoInteriorMaximumException e) {
            // Typically a -> 0: a year of a shop's orders can show almost no dropout (the UCI Online Retail file does,
            // as other BG/NBD implementations also find). The posterior mode under wide priors is a usable estimate
            // that says so, where maximum likelihood has none.
            return fit(
                    new LogNormalPrior(likelihood, PRIOR_SIGMA),
                    likelihood,
                    groups,
                    "posterior mode under log-normal(0, " + (int) PRIOR_SIGMA + "²) priors (" + e.getMessage() + ")");
        }
    }

    private static BgNbdFit fit(
            LogLikelihood objective, BgNbdLikelihood likelihood, RfmGroups groups, String estimation) {
        LogSpaceMaximizer.Maximum max =
                LogSpaceMaximizer.maximize(objective, new double[] {1, 1, 1, 1}, "BG/NBD", "r", "alpha", "a", "b");
        double[] p = max.parameters();
        double dataLogLikelihood = likelihood.valueAndGradient(p.clone(), new double[p.length]);
        return new BgNbdFit(
                new BgNbdParameters(p[0], p[1], p[2], p[3]),
                dataLogLikelihood,
                (int) groups.customers,
                max.evaluations(),
                estimation);
    }
}
