package io.marketpilot.recommend.popularity;

import io.marketpilot.recommend.Recommender;
import io.marketpilot.recommend.ScoredItems;
import io.marketpilot.recommend.data.CsrMatrix;
import io.marketpilot.recommend.data.Interactions;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Recommends the products bought by the most distinct customers, the same list for everyone; the baseline every
 * other model must beat and the fallback for customers without history.
 */
public final class PopularityRecommender implements Recommender {
    private volatile @Nullable Model model; // null until fit(); fitted() says so

    private record Model(Interactions training, PopularityRanking ranking) {}

    @Override
    public String name() {
        return "popularity";
    }

    @Override
    public String parameters() {
        return "count=distinct-customers";
    }

    @Override
    public void fit(Interactions training) {
        CsrMatrix itemUsers = training.itemUsers();
        double[] customers = new double[itemUsers.rows()];
        for (int item = 0; item < customers.length; item++) {
            customers[item] = itemUsers.rowLength(item);
        }
        model = new Model(training, new PopularityRanking(customers));
    }

    @Override
    public Interactions training() {
        return fitted().training();
    }

    @Override
    public ScoredItems topItems(int user, int n, IntPredicate allowed) {
        return fitted().ranking().top(n, allowed, false);
    }

    /**
     * Popular items to complete a personal list that came up short: not in {@code primary}, allowed, scored 0 so
     * that they rank after every personal score.
     */
    public ScoredItems fillUp(ScoredItems primary, int n, IntPredicate allowed) {
        if (primary.size() >= n) {
            return primary;
        }
        ScoredItems fillers = fitted().ranking().top(n - primary.size(), allowed.and(i -> !primary.contains(i)), true);
        return primary.followedBy(fillers, n);
    }

    @Override
    public String reason(int user, int item) {
        return POPULAR_REASON;
    }

    private Model fitted() {
        Model m = model;
        if (m == null) {
            throw new IllegalStateException("popularity recommender used before fit");
        }
        return m;
    }
}
