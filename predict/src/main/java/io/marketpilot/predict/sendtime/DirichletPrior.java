package io.marketpilot.predict.sendtime;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * A Dirichlet prior Dir(strength * mean) over k categories (weekdays, hours), used to shrink one customer's few
 * observations towards the group pattern.
 *
 * <p>With counts n_s (total n) the posterior mean share of category s is (n_s + strength * mean_s) / (n + strength):
 * strength is the number of pseudo-observations the group pattern is worth. A customer with n much larger than
 * strength keeps their own pattern; a customer with one purchase mostly gets the group's.
 */
public final class DirichletPrior {
    static final double MIN_STRENGTH = 0.01;
    static final double MAX_STRENGTH = 10_000;

    private final double[] mean;
    private final double strength;

    DirichletPrior(double[] mean, double strength) {
        if (!(strength > 0) || Double.isInfinite(strength)) {
            throw new IllegalArgumentException("prior strength must be positive and finite, got " + strength);
        }
        this.mean = mean.clone();
        this.strength = strength;
    }

    /**
     * The group pattern: pooled category shares of all observations with add-one smoothing, so that no category has
     * prior share zero.
     */
    static double[] groupMean(List<int[]> countsPerCustomer, int k) {
        double[] mean = new double[k];
        double total = 0;
        for (int[] counts : countsPerCustomer) {
            for (int s = 0; s < k; s++) {
                mean[s] += counts[s];
                total += counts[s];
            }
        }
        for (int s = 0; s < k; s++) {
            mean[s] = (mean[s] + 1) / (total + k);
        }
        return mean;
    }

    /**
     * Empirical Bayes: the strength that maximises the Dirichlet-multinomial marginal likelihood of the customers'
     * counts given the group mean, searched by Brent's method on log strength in [0.01, 10000]. Customers with fewer
     * than two observations carry no information about it. Returns {@code fallback} when no customer has two.
     */
    static double estimateStrength(List<int[]> countsPerCustomer, double[] mean, double fallback) {
        List<int[]> informative = countsPerCustomer.stream()
                .filter(c -> Arrays.stream(c).sum() >= 2)
                .toList();
        if (informative.isEmpty()) {
            return fallback;
        }
        UnivariateObjectiveFunction f = new UnivariateObjectiveFunction(
                logStrength -> marginalLogLikelihood(informative, mean, Math.exp(logStrength)));
        double best = new BrentOptimizer(1e-10, 1e-12)
                .optimize(
                        new MaxEval(500),
                        f,
                        GoalType.MAXIMIZE,
                        new SearchInterval(Math.log(MIN_STRENGTH), Math.log(MAX_STRENGTH)))
                .getPoint();
        return Math.exp(best);
    }

    /**
     * Sum over customers of ln P(counts | strength, mean) without the multinomial coefficient, which does not
     * depend on the prior: lnG(A) - lnG(n + A) + sum_s [lnG(n_s + A m_s) - lnG(A m_s)], A = strength. For integer
     * counts lnG(n + x) - lnG(x) is the sum of ln(x + j) over j < n.
     */
    static double marginalLogLikelihood(List<int[]> countsPerCustomer, double[] mean, double strength) {
        double ll = 0;
        for (int[] counts : countsPerCustomer) {
            int n = 0;
            for (int s = 0; s < counts.length; s++) {
                double prior = strength * mean[s];
                for (int j = 0; j < counts[s]; j++) {
                    ll += Math.log(prior + j);
                }
                n += counts[s];
            }
            for (int j = 0; j < n; j++) {
                ll -= Math.log(strength + j);
            }
        }
        return ll;
    }

    public double strength() {
        return strength;
    }

    /** The group pattern's share of category s. */
    public double mean(int s) {
        return mean[s];
    }

    public int categories() {
        return mean.length;
    }

    /** Posterior mean shares of every category given one customer's counts. */
    double[] posteriorMean(int[] counts) {
        double n = 0;
        for (int c : counts) {
            n += c;
        }
        double[] shares = new double[mean.length];
        for (int s = 0; s < mean.length; s++) {
            shares[s] = (counts[s] + strength * mean[s]) / (n + strength);
        }
        return shares;
    }
}
