package io.marketpilot.predict.clv;

/**
 * The BG/NBD log-likelihood, eq. (6) of Fader, Hardie and Lee (2005), and its gradient, summed over grouped customers.
 *
 * <p>Per customer, LL = ln A1 + ln A2 + ln(A3 + [x > 0] A4) with ln A1 = lnG(r + x) - lnG(r) + r ln alpha, ln A2 =
 * lnB(a, b + x) - lnB(a, b), A3 = (alpha + T)^-(r + x) and A4 = a / (b + x - 1) (alpha + t_x)^-(r + x). The Gamma and
 * Beta ratios and their derivatives depend on x alone, so they are built once per evaluation as running sums over x
 * = 0..max; each group then costs two logarithms, one exponential and one log1p.
 */
final class BgNbdLikelihood implements LogLikelihood {
    private final RfmGroups groups;
    // per x: lnG(r + x) - lnG(r), lnB(a, b + x) - lnB(a, b), ln(a / (b + x - 1)) and derivatives
    private final double[] gammaRatio;
    private final double[] gammaRatioDr;
    private final double[] betaRatio;
    private final double[] betaRatioDa;
    private final double[] betaRatioDb;
    private final double[] repeatTermLog;

    BgNbdLikelihood(RfmGroups groups) {
        this.groups = groups;
        int size = groups.maxFrequency + 1;
        this.gammaRatio = new double[size];
        this.gammaRatioDr = new double[size];
        this.betaRatio = new double[size];
        this.betaRatioDa = new double[size];
        this.betaRatioDb = new double[size];
        this.repeatTermLog = new double[size];
    }

    @Override
    public int dimension() {
        return 4;
    }

    /** Total log-likelihood at (r, alpha, a, b); not thread-safe because it reuses its per-x tables. */
    double value(double r, double alpha, double a, double b) {
        return valueAndGradient(new double[] {r, alpha, a, b}, new double[4]);
    }

    @Override
    public double valueAndGradient(double[] parameters, double[] gradient) {
        double r = parameters[0];
        double alpha = parameters[1];
        double a = parameters[2];
        double b = parameters[3];
        fillTables(r, a, b);
        int[] x = groups.frequency;
        double[] tx = groups.recency;
        double[] t = groups.age;
        double[] count = groups.count;
        double sum = 0;
        double dr = 0;
        double dAlpha = 0;
        double da = 0;
        double db = 0;
        for (int g = 0; g < x.length; g++) {
            int xg = x[g];
            double c = count[g];
            double rx = r + xg;
            double logAgeTerm = Math.log(alpha + t[g]);
            double l3 = -rx * logAgeTerm;
            sum += c * (gammaRatio[xg] + betaRatio[xg]);
            dr += c * gammaRatioDr[xg];
            da += c * betaRatioDa[xg];
            db += c * betaRatioDb[xg];
            if (xg == 0) {
                sum += c * l3;
                dr -= c * logAgeTerm;
                dAlpha -= c * rx / (alpha + t[g]);
            } else {
                double logRecencyTerm = Math.log(alpha + tx[g]);
                double l4 = repeatTermLog[xg] - rx * logRecencyTerm;
                // log(e^l3 + e^l4) and the share of e^l4 in it, without overflow or underflow
                double e = Math.exp(-Math.abs(l3 - l4));
                sum += c * (Math.max(l3, l4) + Math.log1p(e));
                double w4 = l4 >= l3 ? 1 / (1 + e) : e / (1 + e);
                double w3 = 1 - w4;
                dr -= c * (w3 * logAgeTerm + w4 * logRecencyTerm);
                dAlpha -= c * rx * (w3 / (alpha + t[g]) + w4 / (alpha + tx[g]));
                da += c * w4 / a;
                db -= c * w4 / (b + xg - 1);
            }
        }
        double n = groups.customers;
        gradient[0] = dr + n * Math.log(alpha);
        gradient[1] = dAlpha + n * r / alpha;
        gradient[2] = da;
        gradient[3] = db;
        return sum + n * r * Math.log(alpha);
    }

    private void fillTables(double r, double a, double b) {
        double logA = Math.log(a);
        repeatTermLog[0] = Double.NEGATIVE_INFINITY;
        for (int k = 0; k + 1 < gammaRatio.length; k++) {
            gammaRatio[k + 1] = gammaRatio[k] + Math.log(r + k);
            gammaRatioDr[k + 1] = gammaRatioDr[k] + 1 / (r + k);
            betaRatio[k + 1] = betaRatio[k] + Math.log((b + k) / (a + b + k));
            betaRatioDa[k + 1] = betaRatioDa[k] - 1 / (a + b + k);
            betaRatioDb[k + 1] = betaRatioDb[k] + 1 / (b + k) - 1 / (a + b + k);
            repeatTermLog[k + 1] = logA - Math.log(b + k);
        }
    }
}
