package io.marketpilot.profiling.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RfmScoresTest {

    @Test
    void splitsDistinctValuesIntoFifths() {
        double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertThat(RfmScores.quintiles(values, true)).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    }

    @Test
    void reversesTheOrderWhenLowerIsBetter() {
        double[] recency = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertThat(RfmScores.quintiles(recency, false)).containsExactly(5, 5, 4, 4, 3, 3, 2, 2, 1, 1);
    }

    @Test
    void givesTiedValuesTheScoreOfTheirLowestRank() {
        // six of ten customers ordered once: they all score 1, and the next value starts where its rank says
        double[] frequency = {1, 1, 1, 1, 1, 1, 2, 3, 3, 9};

        assertThat(RfmScores.quintiles(frequency, true)).containsExactly(1, 1, 1, 1, 1, 1, 4, 4, 4, 5);
    }

    @Test
    void scoresAllEqualValuesOne() {
        assertThat(RfmScores.quintiles(new double[] {7, 7, 7}, true)).containsExactly(1, 1, 1);
    }
}
