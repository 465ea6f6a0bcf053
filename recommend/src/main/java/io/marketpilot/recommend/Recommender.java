package io.marketpilot.recommend;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.recommend.data.IdIndex;
import io.marketpilot.recommend.data.Interactions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A recommender for implicit feedback: fitted on interactions, it ranks products for a customer and says why.
 *
 * <p>{@link #fit} replaces the whole model at once; after it returns, the ranking methods are read-only and safe to
 * call from many threads. Customers unknown to the training data get global popularity, reason
 * {@value #POPULAR_REASON}. The index-level methods ({@link #topItems}, {@link #reason}) serve evaluation and
 * business rules; callers with ids use {@link #recommend}.
 */
public interface Recommender {
    String POPULAR_REASON = "popular with all customers";

    /** A short stable name such as {@code als}. */
    String name();

    /** The hyper-parameters, {@code key=value} separated by spaces, for provenance. */
    String parameters();

    void fit(Interactions training);

    /**
     * The data of the last {@link #fit}.
     *
     * @throws IllegalStateException before the first fit
     */
    Interactions training();

    /**
     * The best {@code n} items for a user index of the training data ({@code -1} for an unknown user) among those
     * {@code allowed}, best first; fewer when fewer qualify.
     */
    ScoredItems topItems(int user, int n, IntPredicate allowed);

    /** Why {@code item} suits {@code user}, in words for a customer-facing screen. */
    String reason(int user, int item);

    /** The best {@code k} products for a customer id, optionally leaving out what they already have. */
    default List<Recommendation> recommend(String userId, int k, boolean excludeSeen) {
        if (k < 1) {
            throw MarketPilotException.invalid("number of recommendations must be at least 1, got " + k);
        }
        Interactions data = training();
        int user = data.users().indexOf(userId);
        IntPredicate allowed = excludeSeen ? data.notSeenBy(user) : item -> true;
        return explain(user, topItems(user, k, allowed));
    }

    /** Attaches item ids and reasons to an index-level ranking. */
    default List<Recommendation> explain(int user, ScoredItems ranked) {
        IdIndex items = training().items();
        List<Recommendation> out = new ArrayList<>(ranked.size());
        for (int r = 0; r < ranked.size(); r++) {
            int item = ranked.item(r);
            out.add(new Recommendation(items.id(item), ranked.score(r), reason(user, item)));
        }
        return List.copyOf(out);
    }
}
