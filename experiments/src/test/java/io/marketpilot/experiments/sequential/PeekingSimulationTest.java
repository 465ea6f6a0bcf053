package io.marketpilot.experiments.sequential;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeekingSimulationTest {
    @Test
    void dailyPeekingInflatesTheNaiveTestButNotTheSequentialOne() {
        PeekingSetup setup = PeekingSetup.defaults();
        PeekingResult result = PeekingSimulation.run(setup, 20_240_601L);
        assertThat(result.naiveFalsePositiveRate()).isGreaterThan(setup.alpha());
        assertThat(result.sequentialFalsePositiveRate()).isLessThanOrEqualTo(setup.alpha());
        // Read once at the end, the z-test keeps its level: the inflation comes from peeking alone.
        assertThat(result.finalLookFalsePositiveRate()).isBetween(0.03, 0.07);
    }

    @Test
    void sameSeedReproducesTheSameRates() {
        PeekingSetup small = PeekingSetup.defaults().withExperiments(200);
        assertThat(PeekingSimulation.run(small, 7)).isEqualTo(PeekingSimulation.run(small, 7));
    }
}
