package io.marketpilot.recommend.eval;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.recommend.data.CsrMatrix;
import io.marketpilot.recommend.data.Interactions;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How held-out interactions are chosen. All methods split distinct (user, item) cells, so a test item is always new
 * to the user, and order cells by their first interaction.
 *
 * <ul>
 *   <li>{@code temporal}: per user, the latest {@code floor(n·fraction)} cells go to test (users with fewer than
 *       {@code 1/fraction} cells keep everything for training); ties in time are broken by item index. Every test
 *       user has history, so this measures "what comes next for a known customer".
 *   <li>{@code global-time}: one time cut for everybody, the latest {@code fraction} of all cells; customers who
 *       arrive after the cut have no history and get the popularity fallback.
 *   <li>{@code random}: a seeded uniformly random {@code fraction} of all cells.
 * </ul>
 */
public enum SplitMethod {
    TEMPORAL("temporal"),
    GLOBAL_TIME("global-time"),
    RANDOM("random");

    private final String label;

    SplitMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SplitMethod byLabel(String label) {
        for (SplitMethod m : values()) {
            if (m.label.equals(label.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw MarketPilotException.invalid("unknown split '" + label + "': use temporal, global-time or random");
    }

    /**
     * Splits the interactions into training and test by this method.
     *
     * @param seed used by {@code random} only; the time-based splits are deterministic without one
     */
    public Split apply(Interactions data, double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw MarketPilotException.invalid("test fraction must lie strictly between 0 and 1, got " + testFraction);
        }
        if (this != RANDOM && !data.hasTimes()) {
            throw MarketPilotException.invalid(
                    "the data has no timestamps, so a " + label + " split is meaningless: use the random split");
        }
        boolean[] test =
                switch (this) {
                    case TEMPORAL -> perUserLatest(data, testFraction);
                    case GLOBAL_TIME -> globalLatest(data, testFraction);
                    case RANDOM -> random(data.size(), testFraction, seed);
                };
        boolean[] train = new boolean[test.length];
        for (int p = 0; p < test.length; p++) {
            train[p] = !test[p];
        }
        return new Split(data.subset(train), data.subset(test));
    }

    private static boolean[] perUserLatest(Interactions data, double fraction) {
        CsrMatrix userItems = data.userItems();
        boolean[] test = new boolean[data.size()];
        for (int u = 0; u < userItems.rows(); u++) {
            int from = userItems.rowStart(u);
            int n = userItems.rowLength(u);
            int held = (int) Math.floor(n * fraction);
            Integer[] byTime = new Integer[n];
            for (int k = 0; k < n; k++) {
                byTime[k] = from + k;
            }
            // positions within a row follow item order, so a stable sort by time breaks ties by item index
            Arrays.sort(byTime, (a, b) -> Long.compare(data.firstSeen(a), data.firstSeen(b)));
            for (int k = n - held; k < n; k++) {
                test[byTime[k]] = true;
            }
        }
        return test;
    }

    private static boolean[] globalLatest(Interactions data, double fraction) {
        Integer[] byTime = new Integer[data.size()];
        for (int p = 0; p < byTime.length; p++) {
            byTime[p] = p;
        }
        Arrays.sort(byTime, (a, b) -> Long.compare(data.firstSeen(a), data.firstSeen(b)));
        boolean[] test = new boolean[data.size()];
        for (int k = byTime.length - (int) Math.round(byTime.length * fraction); k < byTime.length; k++) {
            test[byTime[k]] = true;
        }
        return test;
    }

    private static boolean[] random(int cells, double fraction, long seed) {
        int[] order = new int[cells];
        for (int p = 0; p < cells; p++) {
            order[p] = p;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int p = cells - 1; p > 0; p--) {
            int q = random.nextInt(p + 1);
            int t = order[p];
            order[p] = order[q];
            order[q] = t;
        }
        boolean[] test = new boolean[cells];
        for (int k = 0; k < Math.round(cells * fraction); k++) {
            test[order[k]] = true;
        }
        return test;
    }
}
