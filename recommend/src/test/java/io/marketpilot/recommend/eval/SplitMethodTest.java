package io.marketpilot.recommend.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.SyntheticInteractions;
import org.junit.jupiter.api.Test;

class SplitMethodTest {
    /** Ten users with ten items each; user u meets item i at time 100·u + (9 − i), so low items come last. */
    private static Interactions timed() {
        Interactions.Builder builder = Interactions.builder();
        for (int u = 0; u < 10; u++) {
            for (int i = 0; i < 10; i++) {
                builder.add("u" + u, "i" + i, 1, 100L * u + (9 - i));
            }
        }
        return builder.build();
    }

    @Test
    void temporalHoldsOutEachUsersLatestFifth() {
        Interactions data = timed();

        Split split = SplitMethod.TEMPORAL.apply(data, 0.2, 0);

        assertThat(split.test().size()).isEqualTo(20);
        for (int u = 0; u < 10; u++) {
            assertThat(split.test().hasSeen(u, data.items().indexOf("i0"))).isTrue();
            assertThat(split.test().hasSeen(u, data.items().indexOf("i1"))).isTrue();
            assertThat(split.train().userItems().rowLength(u)).isEqualTo(8);
        }
    }

    @Test
    void globalTimeCutHoldsOutTheLatestCellsOfAll() {
        Split split = SplitMethod.GLOBAL_TIME.apply(timed(), 0.2, 0);

        assertThat(split.test().size()).isEqualTo(20);
        assertThat(split.test().userItems().rowLength(8)).isEqualTo(10);
        assertThat(split.test().userItems().rowLength(9)).isEqualTo(10);
        assertThat(split.train().hasHistory(9)).isFalse();
    }

    @Test
    void randomSplitIsAPartitionAndRepeatsForTheSameSeed() {
        Interactions data = SyntheticInteractions.blocks(100, 50, 5, 8, 0.2, 3);

        Split first = SplitMethod.RANDOM.apply(data, 0.2, 9);
        Split again = SplitMethod.RANDOM.apply(data, 0.2, 9);
        Split other = SplitMethod.RANDOM.apply(data, 0.2, 10);

        assertThat(first.test().size()).isEqualTo(160);
        assertThat(first.train().size()).isEqualTo(640);
        for (int u = 0; u < 100; u++) {
            for (int p = data.userItems().rowStart(u); p < data.userItems().rowEnd(u); p++) {
                int item = data.userItems().column(p);
                assertThat(first.train().hasSeen(u, item))
                        .isNotEqualTo(first.test().hasSeen(u, item));
                assertThat(again.test().hasSeen(u, item)).isEqualTo(first.test().hasSeen(u, item));
            }
        }
        assertThat(other.test().userItems().rowStart(50)).isNotEqualTo(-1);
        boolean differs = false;
        for (int u = 0; u < 100 && !differs; u++) {
            differs = other.test().userItems().rowLength(u)
                    != first.test().userItems().rowLength(u);
        }
        assertThat(differs).isTrue();
    }

    @Test
    void timeSplitsNeedTimestamps() {
        Interactions untimed =
                Interactions.builder().add("a", "x", 1, 0).add("b", "y", 1, 0).build();

        assertThatThrownBy(() -> SplitMethod.TEMPORAL.apply(untimed, 0.2, 0))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("random");
        assertThat(SplitMethod.RANDOM.apply(untimed, 0.5, 0).test().size()).isEqualTo(1);
    }

    @Test
    void rejectsATestFractionOutsideZeroToOne() {
        assertThatThrownBy(() -> SplitMethod.RANDOM.apply(timed(), 1.0, 0))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("between 0 and 1");
    }
}
