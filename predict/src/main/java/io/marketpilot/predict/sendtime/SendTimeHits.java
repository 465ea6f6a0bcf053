package io.marketpilot.predict.sendtime;

/**
 * How often one method's window caught the customers' next purchase, within one group of customers.
 *
 * @param hits next purchases on the recommended weekday and within the hour window of the recommended hour
 * @param weekdayHits next purchases on the recommended weekday, whatever the hour
 * @param hourHits next purchases within the hour window, whatever the weekday
 */
public record SendTimeHits(
        SendTimeMethod method, HistorySize history, int customers, int hits, int weekdayHits, int hourHits) {

    /** Share of customers whose next purchase fell in the window; NaN for a group without customers. */
    public double hitRate() {
        return rate(hits);
    }

    /**
     * Lower end of the 95 % Wilson score interval of the hit rate: with a few hundred customers a difference of a few
     * points between methods is noise, and the interval says so. NaN without customers.
     */
    public double hitRateLow() {
        return wilson(hits, customers, -1);
    }

    /** Upper end of the 95 % Wilson score interval of the hit rate; NaN without customers. */
    public double hitRateHigh() {
        return wilson(hits, customers, 1);
    }

    public double weekdayHitRate() {
        return rate(weekdayHits);
    }

    public double hourHitRate() {
        return rate(hourHits);
    }

    /**
     * One end ({@code sign} -1 or 1) of the 95 % Wilson score interval of {@code count} successes in {@code trials}.
     * Unlike p ± 1.96 sqrt(p(1-p)/n) it stays inside [0, 1] and is not empty at zero hits.
     */
    static double wilson(int count, int trials, int sign) {
        if (trials == 0) {
            return Double.NaN;
        }
        double z = 1.959963984540054;
        double n = trials;
        double p = count / n;
        double centre = p + z * z / (2 * n);
        double spread = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        return Math.clamp((centre + sign * spread) / (1 + z * z / n), 0.0, 1.0);
    }

    private double rate(int count) {
        return customers == 0 ? Double.NaN : (double) count / customers;
    }
}
