package io.marketpilot.predict.clv;

import io.marketpilot.core.MarketPilotException;
import java.util.List;

/** Maximum-likelihood estimation of the Gamma-Gamma spend parameters from calibration summaries. */
public final class GammaGammaFitter {
    private GammaGammaFitter() {}

    /**
     * Fits p, q and gamma on the customers with at least one repeat purchase day; customers without repeats carry no
     * repeat-spend information and are left out, as in the Gamma-Gamma note.
     *
     * @throws MarketPilotException INVALID_INPUT with fewer than two usable customers or no interior maximum
     */
    public static GammaGammaFit fit(List<RfmSummary> summaries) {
        int n = 0;
        int zeroSpend = 0;
        for (RfmSummary s : summaries) {
            if (s.frequency() > 0) {
                if (s.meanRepeatSpend() > 0) {
                    n++;
                } else {
                    zeroSpend++;
                }
            }
        }
        if (n < 2) {
            throw MarketPilotException.invalid(
                    "Gamma-Gamma needs at least two customers with paid repeat purchases, found " + n);
        }
        int[] x = new int[n];
        double[] m = new double[n];
        int i = 0;
        for (RfmSummary s : summaries) {
            if (s.frequency() > 0 && s.meanRepeatSpend() > 0) {
                x[i] = s.frequency();
                m[i++] = s.meanRepeatSpend();
            }
        }
        return fit(x, m, zeroSpend);
    }

    static GammaGammaFit fit(int[] frequency, double[] meanSpend, int zeroSpendExcluded) {
        GammaGammaLikelihood likelihood = new GammaGammaLikelihood(frequency, meanSpend);
        LogSpaceMaximizer.Maximum max =
                LogSpaceMaximizer.maximize(likelihood, new double[] {1, 1, 1}, "Gamma-Gamma", "p", "q", "gamma");
        double[] p = max.parameters();
        return new GammaGammaFit(
                new GammaGammaParameters(p[0], p[1], p[2]),
                max.value(),
                frequency.length,
                zeroSpendExcluded,
                max.evaluations());
    }
}
