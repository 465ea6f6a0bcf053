package io.marketpilot.recommend.content;

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
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Content-based recommendations: a customer's taste is the weighted mean of the description embeddings of what
 * they bought, and products are ranked by cosine to it. Needs no co-purchases, so it also ranks products nobody
 * has bought yet (cold start), as long as they are in the training item numbering and have a text.
 */
public final class ContentRecommender implements Recommender, ItemSimilarity {
    private final ItemVectors vectors;
    private volatile @Nullable Model model; // null until fit(); fitted() says so

    /**
     * Item vectors laid out row by row over the training item numbering (rows without text are all zero), and the
     * same numbers dimension by dimension ({@code byDimension}), so that scoring every item for a customer is a run
     * of axpy loops the JIT vectorises instead of one dot-product reduction per item, which it does not.
     */
    private record Model(
            Interactions training,
            float[] matrix,
            float[] byDimension,
            boolean[] hasText,
            int dimension,
            PopularityRecommender popularity) {

        double dot(int a, int b) {
            if (!hasText[a] || !hasText[b]) {
                return 0;
            }
            double s = 0;
            int oa = a * dimension;
            int ob = b * dimension;
            for (int d = 0; d < dimension; d++) {
                s += matrix[oa + d] * matrix[ob + d];
            }
            return s;
        }
    }

    public ContentRecommender(ItemVectors vectors) {
        this.vectors = vectors;
    }

    @Override
    public String name() {
        return "content";
    }

    @Override
    public String parameters() {
        return "embedding=" + vectors.model() + " profile=log-weighted-mean";
    }

    @Override
    public void fit(Interactions training) {
        IdIndex items = training.items();
        int dim = vectors.dimension();
        float[] matrix = new float[items.size() * dim];
        boolean[] hasText = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            int row = i;
            vectors.get(items.id(i)).ifPresent(v -> {
                System.arraycopy(v, 0, matrix, row * dim, dim);
                hasText[row] = true;
            });
        }
        int n = items.size();
        float[] byDimension = new float[n * dim];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dim; d++) {
                byDimension[d * n + i] = matrix[i * dim + d];
            }
        }
        PopularityRecommender popularity = new PopularityRecommender();
        popularity.fit(training);
        model = new Model(training, matrix, byDimension, hasText, dim, popularity);
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
        return m.popularity().fillUp(similarToHistory(user, n, allowed), n, allowed);
    }

    /**
     * Only the products whose description points the same way as the customer's purchases (cosine above 0), best
     * first, without popular fillers: what a blend needs from this model. Empty for a customer without history.
     */
    public ScoredItems similarToHistory(int user, int n, IntPredicate allowed) {
        Model m = fitted();
        double[] profile = profile(m, user);
        if (profile == null) {
            return ScoredItems.EMPTY;
        }
        int items = m.hasText().length;
        float[] dots = new float[items];
        float[] byDimension = m.byDimension();
        for (int d = 0; d < profile.length; d++) {
            float weight = (float) profile[d];
            int offset = d * items;
            for (int i = 0; i < items; i++) {
                dots[i] += weight * byDimension[offset + i];
            }
        }
        double[] scores = new double[items];
        for (int i = 0; i < items; i++) {
            scores[i] = m.hasText()[i] && dots[i] > 0 ? dots[i] : Double.NaN;
        }
        return TopK.select(scores, n, allowed);
    }

    /**
     * The log-weighted mean of the vectors of the customer's items (a product bought ten times counts more than
     * once, not ten times more); null when the customer has no item with a text.
     */
    private static double @Nullable [] profile(Model m, int user) {
        if (!m.training().hasHistory(user)) {
            return null;
        }
        CsrMatrix userItems = m.training().userItems();
        double[] profile = new double[m.dimension()];
        boolean any = false;
        for (int p = userItems.rowStart(user); p < userItems.rowEnd(user); p++) {
            int item = userItems.column(p);
            if (m.hasText()[item]) {
                double w = Math.log1p(userItems.value(p));
                int offset = item * m.dimension();
                for (int d = 0; d < profile.length; d++) {
                    profile[d] += w * m.matrix()[offset + d];
                }
                any = true;
            }
        }
        return any ? profile : null;
    }

    /** Names the customer's item whose description is closest to the recommended one. */
    @Override
    public String reason(int user, int item) {
        Model m = fitted();
        if (!m.training().hasHistory(user) || !m.hasText()[item]) {
            return POPULAR_REASON;
        }
        CsrMatrix userItems = m.training().userItems();
        int best = -1;
        double bestCosine = 0;
        for (int p = userItems.rowStart(user); p < userItems.rowEnd(user); p++) {
            int had = userItems.column(p);
            double c = had == item ? 0 : m.dot(had, item);
            if (c > bestCosine) {
                best = had;
                bestCosine = c;
            }
        }
        return best < 0 ? POPULAR_REASON : "similar to " + m.training().items().id(best);
    }

    @Override
    public double similarity(int a, int b) {
        return a == b ? 1.0 : fitted().dot(a, b);
    }

    @Override
    public List<Recommendation> similarItems(String itemId, int k) {
        Model m = fitted();
        int item = m.training().items().indexOf(itemId);
        if (item < 0 || k < 1 || !m.hasText()[item]) {
            return List.of();
        }
        TopK best = new TopK(k);
        for (int other = 0; other < m.hasText().length; other++) {
            if (other != item && m.hasText()[other]) {
                best.offer(other, m.dot(item, other));
            }
        }
        return best.sorted().withReason(m.training().items(), "similar to " + itemId);
    }

    private Model fitted() {
        Model m = model;
        if (m == null) {
            throw new IllegalStateException("content recommender used before fit");
        }
        return m;
    }
}
