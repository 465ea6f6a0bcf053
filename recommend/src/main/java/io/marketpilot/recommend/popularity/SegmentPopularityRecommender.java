package io.marketpilot.recommend.popularity;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.recommend.Recommendation;
import io.marketpilot.recommend.Recommender;
import io.marketpilot.recommend.ScoredItems;
import io.marketpilot.recommend.data.CsrMatrix;
import io.marketpilot.recommend.data.Interactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Recommends what is popular within the customer's segment (as given by segmentation: RFM group, country, age
 * band), topped up with global popularity; customers without a segment get the global list.
 *
 * <p>A customer new to the training data but with a known segment still gets the segment's list, which is the
 * point of segment popularity for first visits.
 */
public final class SegmentPopularityRecommender implements Recommender {
    private final Map<String, String> segmentOfUser;
    private volatile @Nullable Model model; // null until fit(); fitted() says so

    private record Model(
            Interactions training,
            PopularityRecommender global,
            List<String> segments,
            int[] segmentOfUserIndex,
            PopularityRanking[] rankings) {}

    /** @param segmentOfUser customer id to segment name; customers missing from it have no segment */
    public SegmentPopularityRecommender(Map<String, String> segmentOfUser) {
        this.segmentOfUser = Map.copyOf(segmentOfUser);
    }

    @Override
    public String name() {
        return "segment-popularity";
    }

    @Override
    public String parameters() {
        return "count=share-of-segment-customers segments=" + new TreeSet<>(segmentOfUser.values()).size();
    }

    @Override
    public void fit(Interactions training) {
        List<String> segments = List.copyOf(new TreeSet<>(segmentOfUser.values()));
        int[] segmentOf = new int[training.users().size()];
        double[][] counts = new double[segments.size()][training.items().size()];
        int[] members = new int[segments.size()];
        CsrMatrix userItems = training.userItems();
        for (int u = 0; u < segmentOf.length; u++) {
            String segment = segmentOfUser.get(training.users().id(u));
            segmentOf[u] = segment == null ? -1 : segments.indexOf(segment);
            if (segmentOf[u] >= 0 && userItems.rowLength(u) > 0) {
                members[segmentOf[u]]++;
                for (int p = userItems.rowStart(u); p < userItems.rowEnd(u); p++) {
                    counts[segmentOf[u]][userItems.column(p)]++;
                }
            }
        }
        PopularityRanking[] rankings = new PopularityRanking[segments.size()];
        for (int s = 0; s < rankings.length; s++) {
            for (int i = 0; i < counts[s].length; i++) {
                counts[s][i] /= Math.max(1, members[s]);
            }
            rankings[s] = new PopularityRanking(counts[s]);
        }
        PopularityRecommender global = new PopularityRecommender();
        global.fit(training);
        model = new Model(training, global, segments, segmentOf, rankings);
    }

    @Override
    public Interactions training() {
        return fitted().training();
    }

    @Override
    public ScoredItems topItems(int user, int n, IntPredicate allowed) {
        Model m = fitted();
        return ranked(m, segmentOfIndex(m, user), n, allowed);
    }

    @Override
    public String reason(int user, int item) {
        Model m = fitted();
        return reason(m, segmentOfIndex(m, user), item);
    }

    @Override
    public List<Recommendation> recommend(String userId, int k, boolean excludeSeen) {
        if (k < 1) {
            throw MarketPilotException.invalid("number of recommendations must be at least 1, got " + k);
        }
        Model m = fitted();
        int user = m.training().users().indexOf(userId);
        String named = segmentOfUser.get(userId);
        int segment = user >= 0
                ? m.segmentOfUserIndex()[user]
                : named == null ? -1 : m.segments().indexOf(named);
        IntPredicate allowed = excludeSeen ? m.training().notSeenBy(user) : item -> true;
        ScoredItems ranked = ranked(m, segment, k, allowed);
        List<Recommendation> out = new ArrayList<>(ranked.size());
        for (int r = 0; r < ranked.size(); r++) {
            int item = ranked.item(r);
            out.add(new Recommendation(m.training().items().id(item), ranked.score(r), reason(m, segment, item)));
        }
        return List.copyOf(out);
    }

    private static int segmentOfIndex(Model m, int user) {
        return user >= 0 ? m.segmentOfUserIndex()[user] : -1;
    }

    private static ScoredItems ranked(Model m, int segment, int n, IntPredicate allowed) {
        if (segment < 0) {
            return m.global().topItems(-1, n, allowed);
        }
        return m.global().fillUp(m.rankings()[segment].top(n, allowed, false), n, allowed);
    }

    private static String reason(Model m, int segment, int item) {
        if (segment >= 0 && m.rankings()[segment].count(item) > 0) {
            return "popular with customers in segment '" + m.segments().get(segment) + "'";
        }
        return POPULAR_REASON;
    }

    private Model fitted() {
        Model m = model;
        if (m == null) {
            throw new IllegalStateException("segment popularity recommender used before fit");
        }
        return m;
    }
}
