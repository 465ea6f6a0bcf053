package io.marketpilot.predict.clv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomDataGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Draws customers from the BG/NBD and Gamma-Gamma processes with a CDNOW-like design, for benchmarks and
 * parameter-recovery tests: first purchases on whole days spread over 12 weeks, then a 39-week calibration period.
 */
public final class SyntheticCustomers {
    static final int COHORT_DAYS = 84;
    static final int CALIBRATION_DAYS = 273;
    private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

    /** How repeat purchase times are recorded. */
    public enum Timing {
        /** Exact times, as the model assumes; every customer's (x, t_x, T) is distinct. */
        EXACT,
        /**
         * Whole days, as in order data: two purchases on one day are one occasion. This biases the estimates a
         * little (alpha by about 5 % at CDNOW-like rates) and makes (x, t_x, T) triples repeat.
         */
        WHOLE_DAYS
    }

    private SyntheticCustomers() {}

    /** The same arguments always give the same customers. */
    public static RfmSummaries draw(
            BgNbdParameters purchases, GammaGammaParameters spend, int customers, Timing timing, long seed) {
        RandomDataGenerator random = new RandomDataGenerator(new Well19937c(seed));
        List<RfmSummary> summaries = new ArrayList<>(customers);
        for (int i = 0; i < customers; i++) {
            summaries.add(drawOne("s" + i, purchases, spend, timing, random));
        }
        return new RfmSummaries(CALIBRATION_END, summaries, 0, 0);
    }

    private static RfmSummary drawOne(
            String id,
            BgNbdParameters purchases,
            GammaGammaParameters spend,
            Timing timing,
            RandomDataGenerator random) {
        int ageDays = CALIBRATION_DAYS - random.nextInt(0, COHORT_DAYS - 1);
        double ageWeeks = ageDays / RfmSummarizer.DAYS_PER_WEEK;
        double rate = random.nextGamma(purchases.r(), 1 / purchases.alpha()); // per week
        double dropout = random.nextBeta(purchases.a(), purchases.b());
        int frequency = 0;
        double recency = 0;
        double t = 0;
        while (true) {
            t += random.nextExponential(1 / rate);
            if (t > ageWeeks) {
                break;
            }
            double recorded = timing == Timing.EXACT
                    ? t
                    : Math.floor(t * RfmSummarizer.DAYS_PER_WEEK) / RfmSummarizer.DAYS_PER_WEEK;
            if (recorded != recency) {
                frequency++;
                recency = recorded;
            }
            // BG/NBD: a customer may drop out after each repeat purchase, never at the first one
            if (random.nextUniform(0, 1) < dropout) {
                break;
            }
        }
        double meanSpend = 0;
        if (frequency > 0) {
            // the sum of x Gamma(p, nu) values is Gamma(p x, nu); nu ~ Gamma(q, gamma) is a rate
            double nu = random.nextGamma(spend.q(), 1 / spend.gamma());
            meanSpend = random.nextGamma(spend.p() * frequency, 1 / nu) / frequency;
        }
        return new RfmSummary(id, frequency, recency, ageWeeks, meanSpend);
    }
}
