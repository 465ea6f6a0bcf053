package io.marketpilot.recommend.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    // four items ranked, hits at ranks 2 and 4, three relevant items in all (9 was not ranked)
    private static final int[] RANKED = {5, 1, 7, 3};
    private static final int[] RELEVANT = {1, 3, 9};

    @Test
    void precisionCountsHitsOverK() {
        assertThat(RankingMetrics.precisionAt(4, RANKED, RELEVANT)).isEqualTo(0.5);
        assertThat(RankingMetrics.precisionAt(2, RANKED, RELEVANT)).isEqualTo(0.5);
        assertThat(RankingMetrics.precisionAt(10, RANKED, RELEVANT)).isEqualTo(0.2);
    }

    @Test
    void recallCountsHitsOverAllRelevantItems() {
        assertThat(RankingMetrics.recallAt(4, RANKED, RELEVANT)).isEqualTo(2.0 / 3);
        assertThat(RankingMetrics.recallAt(1, RANKED, RELEVANT)).isZero();
    }

    @Test
    void idealDcgOfFiveRelevantItemsAtTen() {
        // 1 + 1/log2(3) + 1/2 + 1/log2(5) + 1/log2(6)
        assertThat(RankingMetrics.idealDcg(10, 5)).isCloseTo(2.9484591188793923, within(1e-12));
        assertThat(RankingMetrics.idealDcg(2, 5)).isCloseTo(1 + 1 / log2(3), within(1e-12));
    }

    @Test
    void ndcgDividesTheDcgOfTheHitsByTheIdealDcg() {
        // DCG = 1/log2(3) + 1/log2(5) = 1.0616063; ideal with three relevant = 1 + 1/log2(3) + 1/2 = 2.1309298
        assertThat(RankingMetrics.ndcgAt(4, RANKED, RELEVANT)).isCloseTo(0.49818925746641285, within(1e-12));
    }

    @Test
    void averagePrecisionAveragesPrecisionAtEachHitOverMinOfKAndRelevant() {
        // (1/2 + 2/4) / min(4, 3)
        assertThat(RankingMetrics.averagePrecisionAt(4, RANKED, RELEVANT)).isCloseTo(1.0 / 3, within(1e-12));
        // at k = 2 only the hit at rank 2 counts: (1/2) / min(2, 3)
        assertThat(RankingMetrics.averagePrecisionAt(2, RANKED, RELEVANT)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void aPerfectRankingScoresOne() {
        int[] relevant = {2, 4, 8};
        int[] ranked = {8, 2, 4, 6};

        assertThat(RankingMetrics.ndcgAt(3, ranked, relevant)).isCloseTo(1.0, within(1e-12));
        assertThat(RankingMetrics.averagePrecisionAt(3, ranked, relevant)).isEqualTo(1.0);
        assertThat(RankingMetrics.recallAt(3, ranked, relevant)).isEqualTo(1.0);
    }

    @Property
    void metricsLieInTheUnitInterval(
            @ForAll @Size(max = 20) @UniqueElements List<@IntRange(min = 0, max = 30) Integer> ranked,
            @ForAll @Size(min = 1, max = 10) Set<@IntRange(min = 0, max = 30) Integer> relevant,
            @ForAll @IntRange(min = 1, max = 20) int k) {
        int[] r = ranked.stream().mapToInt(Integer::intValue).toArray();
        int[] rel = new TreeSet<>(relevant).stream().mapToInt(Integer::intValue).toArray();

        for (double metric : new double[] {
            RankingMetrics.precisionAt(k, r, rel),
            RankingMetrics.recallAt(k, r, rel),
            RankingMetrics.ndcgAt(k, r, rel),
            RankingMetrics.averagePrecisionAt(k, r, rel)
        }) {
            assertThat(metric).isBetween(0.0, 1.0 + 1e-12);
        }
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
