package io.marketpilot.experiments.report;

import io.marketpilot.experiments.stats.SampleSummary;

/** Running count, sum and sum of squares of one arm's metric; enough for every test in the report. */
final class ArmTotals {
    long n;
    double sum;
    double squares;

    void add(double y) {
        n++;
        sum += y;
        squares += y * y;
    }

    double mean() {
        return n == 0 ? Double.NaN : sum / n;
    }

    double variance() {
        return n < 2 ? Double.NaN : Math.max(0, (squares - sum * sum / n) / (n - 1));
    }

    /** The summary for Welch's test and the normal model; it needs two values at least, which callers check. */
    SampleSummary summary() {
        if (n < 2) {
            throw new IllegalStateException("a sample summary needs two values at least, not " + n);
        }
        return new SampleSummary(mean(), Math.sqrt(variance()), n);
    }

    ArmTotals copy() {
        ArmTotals t = new ArmTotals();
        t.n = n;
        t.sum = sum;
        t.squares = squares;
        return t;
    }
}
