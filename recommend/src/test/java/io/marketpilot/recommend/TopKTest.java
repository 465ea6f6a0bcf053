package io.marketpilot.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TopKTest {
    @Property
    void selectsTheSamePrefixAsAFullSortWithTiesToTheLowerIndex(
            @ForAll @Size(max = 200) List<@IntRange(min = -5, max = 5) Integer> values,
            @ForAll @IntRange(min = 0, max = 30) int n) {
        double[] scores = values.stream().mapToDouble(Integer::doubleValue).toArray();
        int[] expected = IntStream.range(0, scores.length)
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparing(i -> i))
                .limit(n)
                .mapToInt(Integer::intValue)
                .toArray();

        ScoredItems top = TopK.select(scores, n, i -> true);

        assertThat(top.items()).containsExactly(expected);
        for (int r = 0; r < top.size(); r++) {
            assertThat(top.score(r)).isEqualTo(scores[top.item(r)]);
        }
    }

    @Property
    void neverReturnsAnItemTheFilterRejects(
            @ForAll @Size(max = 100) List<@IntRange(min = 0, max = 9) Integer> values,
            @ForAll @IntRange(min = 1, max = 20) int n) {
        double[] scores = values.stream().mapToDouble(Integer::doubleValue).toArray();

        ScoredItems top = TopK.select(scores, n, i -> i % 3 != 0);

        assertThat(IntStream.of(top.items())).allMatch(i -> i % 3 != 0);
        assertThat(top.size()).isEqualTo(Math.min(n, (int)
                IntStream.range(0, scores.length).filter(i -> i % 3 != 0).count()));
    }

    @Test
    void skipsNotANumber() {
        ScoredItems top = TopK.select(new double[] {Double.NaN, 1, Double.NaN, 2}, 4, i -> true);

        assertThat(top.items()).containsExactly(3, 1);
    }
}
