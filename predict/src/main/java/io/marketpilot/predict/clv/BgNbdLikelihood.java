package io.marketpilot.predict.clv;

/**
 * The BG/NBD log-likelihood, eq. (6) of Fader, Hardie and Lee (2005), summed over grouped customers.
 *
 * <p>Per customer, LL = ln A1 + ln A2 + ln(A3 + [x > 0] A4) with ln A1 = lnG(r + x) - lnG(r) + r ln alpha, ln A2 =
 * lnB(a, b + x) - lnB(a, b), A3 = (alpha + T)^-(r + x) and A4 = a / (b + x - 1) (alpha + t_x)^-(r + x). The Gamma and
 * Beta ratios depend on x alone, so they are built once per evaluation as running sums of logs over x = 0..max.
 */
final class BgNbdLikelihood {
    private final RfmGroups groups;
    private final double[] gammaRatio;
    private final double[] betaRatio;
    private final double[] repeatTermLog;

    BgNbdLikelihood(RfmGroups groups) {
        this.groups = groups;
        int size = groups.maxFrequency + 1;
        this.gammaRatio = new double[size];
        this.betaRatio = new double[size];
        this.repeatTermLog = new double[size];
    }

    /** Total log-likelihood; not thread-safe because it reuses its per-x tables. */
    double value(double r, double alpha, double a, double b) {
        fillTables(r, a, b);
        int[] x = groups.frequency;
        double[] tx = groups.recency;
        double[] t = groups.age;
        double[] count = groups.count;
        double sum = 0;
        for (int g = 0; g < x.length; g++) {
            int xg = x[g];
            double rx = r + xg;
            double l3 = -rx * Math.log(alpha + t[g]);
            double tail;
            if (xg == 0) {
                tail = l3;
            } else {
                double l4 = repeatTermLog[xg] - rx * Math.log(alpha + tx[g]);
                // log(e^l3 + e^l4) without overflow or underflow
                tail = Math.max(l3, l4) + Math.log1p(Math.exp(-Math.abs(l3 - l4)));
            }
            sum += count[g] * (gammaRatio[xg] + betaRatio[xg] + tail);
        }
        return sum + groups.customers * r * Math.log(alpha);
    }

    private void fillTables(double r, double a, double b) {
        gammaRatio[0] = 0; // lnG(r + x) - lnG(r)
        betaRatio[0] = 0; // lnB(a, b + x) - lnB(a, b) = sum over k < x of ln((b + k) / (a + b + k))
        repeatTermLog[0] = Double.NEGATIVE_INFINITY;
        double logA = Math.log(a);
        for (int k = 0; k + 1 < gammaRatio.length; k++) {
            gammaRatio[k + 1] = gammaRatio[k] + Math.log(r + k);
            betaRatio[k + 1] = betaRatio[k] + Math.log((b + k) / (a + b + k));
            repeatTermLog[k + 1] = logA - Math.log(b + k);
        }
    }
}
