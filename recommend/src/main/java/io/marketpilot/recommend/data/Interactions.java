package io.marketpilot.recommend.data;

import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Implicit feedback as a user-by-item matrix: id maps, user-to-items and item-to-users CSR matrices of summed
 * weights, and the first time each user met each item.
 *
 * <p>Repeated events for the same (user, item) are merged into one cell: weights add up (so a weight of 1 per
 * purchase gives the number of purchases) and the cell keeps the earliest timestamp, which is what a temporal split
 * orders by.
 */
public final class Interactions {
    private final IdIndex users;
    private final IdIndex items;
    private final CsrMatrix userItems;
    private final CsrMatrix itemUsers;
    private final long[] firstSeen;

    private Interactions(IdIndex users, IdIndex items, CsrMatrix userItems, long[] firstSeen) {
        this.users = users;
        this.items = items;
        this.userItems = userItems;
        this.itemUsers = userItems.transpose();
        this.firstSeen = firstSeen;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Interactions of(List<Interaction> events) {
        Builder builder = builder();
        events.forEach(builder::add);
        return builder.build();
    }

    public IdIndex users() {
        return users;
    }

    public IdIndex items() {
        return items;
    }

    /** Rows are users, columns items, values the summed weights. */
    public CsrMatrix userItems() {
        return userItems;
    }

    /** Rows are items, columns users; the transpose of {@link #userItems()}. */
    public CsrMatrix itemUsers() {
        return itemUsers;
    }

    /** The number of distinct (user, item) cells. */
    public int size() {
        return userItems.nonZeros();
    }

    /** The earliest timestamp of the cell at a position of {@link #userItems()}. */
    public long firstSeen(int position) {
        return firstSeen[position];
    }

    /** Whether the user index is known and has at least one item here. */
    public boolean hasHistory(int user) {
        return user >= 0 && user < users.size() && userItems.rowLength(user) > 0;
    }

    public boolean hasSeen(int user, int item) {
        return user >= 0 && userItems.find(user, item) >= 0;
    }

    /** Items the user has not interacted with; every item for an unknown user (-1). */
    public IntPredicate notSeenBy(int user) {
        if (!hasHistory(user)) {
            return item -> true;
        }
        return item -> userItems.find(user, item) < 0;
    }

    /** Whether timestamps tell events apart; false when the source had no times. */
    public boolean hasTimes() {
        for (int k = 1; k < firstSeen.length; k++) {
            if (firstSeen[k] != firstSeen[0]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cells whose flag is set, over the same user and item numbering, so that train and test parts of a split
     * speak of the same indices.
     */
    public Interactions subset(boolean[] keep) {
        if (keep.length != size()) {
            throw MarketPilotException.invalid("subset needs one flag per cell: " + keep.length + " != " + size());
        }
        int[] start = new int[users.size() + 1];
        int kept = 0;
        for (int u = 0; u < users.size(); u++) {
            for (int p = userItems.rowStart(u); p < userItems.rowEnd(u); p++) {
                if (keep[p]) {
                    kept++;
                }
            }
            start[u + 1] = kept;
        }
        int[] cols = new int[kept];
        double[] vals = new double[kept];
        long[] times = new long[kept];
        int next = 0;
        for (int p = 0; p < keep.length; p++) {
            if (keep[p]) {
                cols[next] = userItems.column(p);
                vals[next] = userItems.value(p);
                times[next++] = firstSeen[p];
            }
        }
        return new Interactions(users, items, new CsrMatrix(users.size(), items.size(), start, cols, vals), times);
    }

    /** Collects events one by one; repeated (user, item) pairs are merged. Not thread-safe. */
    public static final class Builder {
        private final IdIndex.Builder users = new IdIndex.Builder();
        private final IdIndex.Builder items = new IdIndex.Builder();
        private final Map<Long, Integer> cellOf = new HashMap<>();
        private final List<int[]> cellKeys = new ArrayList<>();
        private double[] weights = new double[1024];
        private long[] times = new long[1024];

        private Builder() {}

        /** Declares a catalogue item that may have no interactions, so that it still counts for coverage. */
        public Builder addItem(String itemId) {
            if (itemId == null || itemId.isBlank()) {
                throw MarketPilotException.invalid("catalogue item without an id");
            }
            items.add(itemId);
            return this;
        }

        public Builder add(Interaction event) {
            return add(event.userId(), event.itemId(), event.weight(), event.timestamp());
        }

        public Builder add(String userId, String itemId, double weight, long timestamp) {
            new Interaction(userId, itemId, weight, timestamp); // validates; cheap next to the map lookups
            int u = users.add(userId);
            int i = items.add(itemId);
            Integer cell = cellOf.putIfAbsent(((long) u << 32) | i, cellKeys.size());
            if (cell == null) {
                int c = cellKeys.size();
                if (c == weights.length) {
                    weights = Arrays.copyOf(weights, c * 2);
                    times = Arrays.copyOf(times, c * 2);
                }
                cellKeys.add(new int[] {u, i});
                weights[c] = weight;
                times[c] = timestamp;
            } else {
                weights[cell] += weight;
                times[cell] = Math.min(times[cell], timestamp);
            }
            return this;
        }

        public Interactions build() {
            IdIndex userIndex = users.build();
            IdIndex itemIndex = items.build();
            int cells = cellKeys.size();
            int[] start = new int[userIndex.size() + 1];
            for (int[] key : cellKeys) {
                start[key[0] + 1]++;
            }
            for (int u = 0; u < userIndex.size(); u++) {
                start[u + 1] += start[u];
            }
            // per row, (item << 32 | cell) sorts by item and remembers where the cell's weight lives
            long[] packed = new long[cells];
            int[] next = Arrays.copyOf(start, userIndex.size());
            for (int c = 0; c < cells; c++) {
                int[] key = cellKeys.get(c);
                packed[next[key[0]]++] = ((long) key[1] << 32) | c;
            }
            int[] cols = new int[cells];
            double[] vals = new double[cells];
            long[] firstSeen = new long[cells];
            for (int u = 0; u < userIndex.size(); u++) {
                Arrays.sort(packed, start[u], start[u + 1]);
                for (int p = start[u]; p < start[u + 1]; p++) {
                    int c = (int) packed[p];
                    cols[p] = (int) (packed[p] >>> 32);
                    vals[p] = weights[c];
                    firstSeen[p] = times[c];
                }
            }
            CsrMatrix matrix = new CsrMatrix(userIndex.size(), itemIndex.size(), start, cols, vals);
            return new Interactions(userIndex, itemIndex, matrix, firstSeen);
        }
    }
}
