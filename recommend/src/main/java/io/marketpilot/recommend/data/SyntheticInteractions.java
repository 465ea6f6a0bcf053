package io.marketpilot.recommend.data;

import io.marketpilot.core.MarketPilotException;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded synthetic purchases with a planted block structure: users and items fall into taste groups, each user buys
 * mostly inside their group and otherwise a globally popular item; both draws are Zipf-distributed (within the group,
 * over the whole catalogue), so each group has its own best-sellers.
 *
 * <p>Tests use it where a recommender must find the planted groups; benchmarks use it for catalogue sizes that no
 * public file at hand has. User {@code u} belongs to group {@code u % groups}, item {@code i} to group
 * {@code i * groups / items}.
 */
public final class SyntheticInteractions {
    private SyntheticInteractions() {}

    /**
     * Purchases in blocks: each user buys mostly within one group of items, sometimes a popular item from anywhere.
     *
     * @param perUser distinct items each user buys
     * @param offGroupShare the probability that a purchase is a popular item drawn from the whole catalogue
     */
    public static Interactions blocks(int users, int items, int groups, int perUser, double offGroupShare, long seed) {
        if (users < 1 || items < groups || groups < 1 || perUser < 1 || perUser > items / groups) {
            throw MarketPilotException.invalid("synthetic data needs users >= 1, items >= groups >= 1 and"
                    + " 1 <= perUser <= items / groups, got users=" + users + " items=" + items + " groups=" + groups
                    + " perUser=" + perUser);
        }
        if (!(offGroupShare >= 0 && offGroupShare <= 1)) {
            throw MarketPilotException.invalid("offGroupShare must lie in [0, 1], got " + offGroupShare);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] zipf = zipfCumulative(items);
        double[] groupZipf = zipfCumulative(items / groups);
        Interactions.Builder builder = Interactions.builder();
        for (int item = 0; item < items; item++) {
            // declared up front so that item ids and indices coincide
            builder.addItem("i" + item);
        }
        long time = 1;
        Set<Integer> bought = new HashSet<>();
        for (int u = 0; u < users; u++) {
            int group = u % groups;
            int from = (int) ((long) group * items / groups);
            int to = (int) ((long) (group + 1) * items / groups);
            bought.clear();
            while (bought.size() < perUser) {
                int item = random.nextDouble() < offGroupShare
                        ? drawZipf(zipf, random.nextDouble())
                        : Math.min(to - 1, from + drawZipf(groupZipf, random.nextDouble()));
                if (bought.add(item)) {
                    builder.add("u" + u, "i" + item, 1.0, time++);
                }
            }
        }
        return builder.build();
    }

    private static double[] zipfCumulative(int items) {
        double[] cumulative = new double[items];
        double sum = 0;
        for (int i = 0; i < items; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < items; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private static int drawZipf(double[] cumulative, double uniform) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < uniform) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
