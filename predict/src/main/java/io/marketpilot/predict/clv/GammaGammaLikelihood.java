package io.marketpilot.predict.clv;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Gamma-Gamma log-likelihood of mean repeat spends m_i over x_i repeat purchases:
 *
 * <p>LL_i = lnG(p x + q) - lnG(p x) - lnG(q) + q ln gamma + (p x - 1) ln m + p x ln x - (p x + q) ln(gamma + m x).
 *
 * <p>The terms in ln m and ln x are linear in p, so their sums are taken once; an evaluation with its gradient costs
 * one logarithm and one division per customer, and two log-gammas and two digammas per distinct x.
 */
final class GammaGammaLikelihood implements LogLikelihood {
    private final double[] frequency;
    private final double[] totalSpend;
    private final int[] distinctFrequency;
    private final double[] distinctCount;
    private final double sumXLogM;
    private final double sumLogM;
    private final double sumXLogX;

    /** Customers must have x >= 1 and m > 0. */
    GammaGammaLikelihood(int[] frequency, double[] meanSpend) {
        int n = frequency.length;
        this.frequency = new double[n];
        this.totalSpend = new double[n];
        int max = 0;
        double xLogM = 0;
        double logM = 0;
        double xLogX = 0;
        for (int i = 0; i < n; i++) {
            this.frequency[i] = frequency[i];
            this.totalSpend[i] = meanSpend[i] * frequency[i];
            max = Math.max(max, frequency[i]);
            double lm = Math.log(meanSpend[i]);
            xLogM += frequency[i] * lm;
            logM += lm;
            xLogX += frequency[i] * Math.log(frequency[i]);
        }
        double[] counts = new double[max + 1];
        for (int x : frequency) {
            counts[x]++;
        }
        int distinct = 0;
        for (double c : counts) {
            distinct += c > 0 ? 1 : 0;
        }
        this.distinctFrequency = new int[distinct];
        this.distinctCount = new double[distinct];
        for (int x = 0, d = 0; x <= max; x++) {
            if (counts[x] > 0) {
                distinctFrequency[d] = x;
                distinctCount[d++] = counts[x];
            }
        }
        this.sumXLogM = xLogM;
        this.sumLogM = logM;
        this.sumXLogX = xLogX;
    }

    @Override
    public int dimension() {
        return 3;
    }

    double value(double p, double q, double gamma) {
        return valueAndGradient(new double[] {p, q, gamma}, new double[3]);
    }

    @Override
    public double valueAndGradient(double[] parameters, double[] gradient) {
        double p = parameters[0];
        double q = parameters[1];
        double gamma = parameters[2];
        int n = frequency.length;
        double logGamma = Math.log(gamma);
        double sum = n * (q * logGamma - LogGamma.value(q)) + p * (sumXLogM + sumXLogX) - sumLogM;
        double dp = sumXLogM + sumXLogX;
        double dq = n * (logGamma - Digamma.value(q));
        double dGamma = n * q / gamma;
        for (int d = 0; d < distinctFrequency.length; d++) {
            int x = distinctFrequency[d];
            double px = p * x;
            double c = distinctCount[d];
            sum += c * (LogGamma.value(px + q) - LogGamma.value(px));
            double digammaSum = Digamma.value(px + q);
            dp += c * x * (digammaSum - Digamma.value(px));
            dq += c * digammaSum;
        }
        for (int i = 0; i < n; i++) {
            double logTotal = Math.log(gamma + totalSpend[i]);
            double shape = p * frequency[i] + q;
            sum -= shape * logTotal;
            dp -= frequency[i] * logTotal;
            dq -= logTotal;
            dGamma -= shape / (gamma + totalSpend[i]);
        }
        gradient[0] = dp;
        gradient[1] = dq;
        gradient[2] = dGamma;
        return sum;
    }
}
