package io.marketpilot.predict.clv;

import io.marketpilot.core.MarketPilotException;
import java.util.List;

/** Maximum-likelihood estimation of the BG/NBD parameters from calibration summaries. */
public final class BgNbdFitter {
    private BgNbdFitter() {}

    /**
     * Fits r, alpha, a and b.
     *
     * @throws MarketPilotException INVALID_INPUT when there are no customers, nobody bought twice, or the likelihood
     *     has no interior maximum
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
        LogSpaceMaximizer.Maximum max =
                LogSpaceMaximizer.maximize(likelihood, new double[] {1, 1, 1, 1}, "BG/NBD", "r", "alpha", "a", "b");
        double[] p = max.parameters();
        return new BgNbdFit(
                new BgNbdParameters(p[0], p[1], p[2], p[3]), max.value(), (int) groups.customers, max.evaluations());
    }
}
