package io.marketpilot.predict.clv;

import io.marketpilot.core.MarketPilotException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Customers collapsed to the distinct (x, t_x, T) triples with a count each, in primitive arrays: the BG/NBD
 * likelihood only depends on the triple, and day-resolution data repeats triples heavily (23,544 CDNOW customers
 * make 8,684 groups).
 */
final class RfmGroups {
    final int[] frequency;
    final double[] recency;
    final double[] age;
    final double[] count;
    final int maxFrequency;
    final long customers;
    final long repeatPurchases;

    private RfmGroups(int[] frequency, double[] recency, double[] age, double[] count) {
        this.frequency = frequency;
        this.recency = recency;
        this.age = age;
        this.count = count;
        int max = 0;
        long total = 0;
        long repeats = 0;
        for (int g = 0; g < frequency.length; g++) {
            max = Math.max(max, frequency[g]);
            total += (long) count[g];
            repeats += ((long) count[g]) * frequency[g];
        }
        this.maxFrequency = max;
        this.customers = total;
        this.repeatPurchases = repeats;
    }

    static RfmGroups of(List<RfmSummary> summaries) {
        int n = summaries.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            RfmSummary s = summaries.get(i);
            x[i] = s.frequency();
            tx[i] = s.recency();
            t[i] = s.age();
        }
        return of(x, tx, t);
    }

    /** Groups parallel arrays of frequency, recency and age; groups keep the order of first appearance. */
    static RfmGroups of(int[] frequency, double[] recency, double[] age) {
        int n = frequency.length;
        if (n == 0) {
            throw MarketPilotException.invalid("no customers to fit");
        }
        if (recency.length != n || age.length != n) {
            throw new IllegalArgumentException("frequency, recency and age arrays differ in length");
        }
        Map<Triple, Integer> index = new HashMap<>(Math.max(16, n / 4));
        int[] gx = new int[n];
        double[] gtx = new double[n];
        double[] gt = new double[n];
        double[] gc = new double[n];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            // a customer without repeats has t_x = 0 by definition; normalise so that -0.0 or noise cannot split groups
            double tx = frequency[i] == 0 ? 0 : recency[i];
            Integer g = index.putIfAbsent(new Triple(frequency[i], tx, age[i]), groups);
            if (g == null) {
                gx[groups] = frequency[i];
                gtx[groups] = tx;
                gt[groups] = age[i];
                gc[groups] = 1;
                groups++;
            } else {
                gc[g]++;
            }
        }
        return new RfmGroups(
                Arrays.copyOf(gx, groups),
                Arrays.copyOf(gtx, groups),
                Arrays.copyOf(gt, groups),
                Arrays.copyOf(gc, groups));
    }

    int size() {
        return frequency.length;
    }

    private record Triple(int x, double tx, double t) {}
}
