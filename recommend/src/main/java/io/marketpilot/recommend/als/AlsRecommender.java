package io.marketpilot.recommend.als;

import io.marketpilot.recommend.ItemSimilarity;
import io.marketpilot.recommend.Recommendation;
import io.marketpilot.recommend.Recommender;
import io.marketpilot.recommend.ScoredItems;
import io.marketpilot.recommend.TopK;
import io.marketpilot.recommend.data.CsrMatrix;
import io.marketpilot.recommend.data.IdIndex;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.popularity.PopularityRecommender;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Matrix factorisation for implicit feedback (implicit ALS): ranks items by the dot product of the customer's and
 * the item's latent vectors; similar items by cosine of item vectors.
 */
public final class AlsRecommender implements Recommender, ItemSimilarity {
    private final AlsParameters parameters;
    private volatile @Nullable Model model; // null until fit(); fitted() says so

    private record Model(Interactions training, AlsFactors factors, PopularityRecommender popularity) {}

    public AlsRecommender(AlsParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return "als";
    }

    @Override
    public String parameters() {
        return String.format(
                Locale.ROOT,
                "factors=%d regularization=%s alpha=%s iterations=%d cg_steps=%d seed=%d",
                parameters.factors(),
                parameters.regularization(),
                parameters.alpha(),
                parameters.iterations(),
                parameters.cgSteps(),
                parameters.seed());
    }

    @Override
    public void fit(Interactions training) {
        PopularityRecommender popularity = new PopularityRecommender();
        popularity.fit(training);
        model = new Model(training, AlsTrainer.train(training, parameters), popularity);
    }

    @Override
    public Interactions training() {
        return fitted().training();
    }

    @Override
    public IdIndex items() {
        return training().items();
    }

    @Override
    public ScoredItems topItems(int user, int n, IntPredicate allowed) {
        Model m = fitted();
        if (!m.training().hasHistory(user)) {
            return m.popularity().topItems(user, n, allowed);
        }
        double[] scores = new double[m.factors().items()];
        m.factors().scoreAll(user, scores);
        return TopK.select(scores, n, allowed);
    }

    /** Names the customer's item whose latent vector is closest to the recommended one. */
    @Override
    public String reason(int user, int item) {
        Model m = fitted();
        if (!m.training().hasHistory(user)) {
            return POPULAR_REASON;
        }
        CsrMatrix userItems = m.training().userItems();
        int best = -1;
        double bestCosine = 0;
        for (int p = userItems.rowStart(user); p < userItems.rowEnd(user); p++) {
            int had = userItems.column(p);
            double c = had == item ? 0 : m.factors().cosine(had, item);
            if (c > bestCosine) {
                best = had;
                bestCosine = c;
            }
        }
        return best < 0
                ? "liked by customers with similar taste"
                : "because you bought " + m.training().items().id(best);
    }

    @Override
    public double similarity(int a, int b) {
        return a == b ? 1.0 : fitted().factors().cosine(a, b);
    }

    @Override
    public List<Recommendation> similarItems(String itemId, int k) {
        Model m = fitted();
        int item = m.training().items().indexOf(itemId);
        if (item < 0 || k < 1) {
            return List.of();
        }
        TopK best = new TopK(k);
        for (int other = 0; other < m.factors().items(); other++) {
            if (other != item) {
                double c = m.factors().cosine(item, other);
                if (c > 0) {
                    best.offer(other, c);
                }
            }
        }
        return best.sorted().withReason(m.training().items(), "customers who like " + itemId + " like it too");
    }

    private Model fitted() {
        Model m = model;
        if (m == null) {
            throw new IllegalStateException("ALS recommender used before fit");
        }
        return m;
    }
}
