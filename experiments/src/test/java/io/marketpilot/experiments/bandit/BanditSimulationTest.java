package io.marketpilot.experiments.bandit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BanditSimulationTest {
    private static final double[] ARMS = {0.040, 0.050, 0.045};
    private static final int HORIZON = 100_000;

    @Test
    void thompsonSamplingRegretIsWellBelowAUniformSplit() {
        BanditResult thompson = BanditSimulation.run(ARMS, HORIZON, "thompson", 1);
        BanditResult uniform = BanditSimulation.run(ARMS, HORIZON, "uniform", 1);
        assertThat(thompson.regret()).isLessThan(uniform.regret() / 3);
        assertThat(thompson.pulls().get(1)).isGreaterThan(HORIZON / 2);
        assertThat(thompson.reward()).isGreaterThan(uniform.reward());
    }

    @Test
    void everyPolicyPlaysTheFullHorizonAndBeatsNothingImpossible() {
        for (String name : BanditPolicies.NAMES) {
            BanditResult r = BanditSimulation.run(ARMS, 20_000, name, 3);
            assertThat(r.pulls().stream().mapToLong(Long::longValue).sum())
                    .as(name)
                    .isEqualTo(20_000);
            // Regret is bounded by always playing the worst arm.
            assertThat(r.regret()).as(name).isBetween(0.0, 20_000 * 0.010 + 1e-9);
        }
    }

    @Test
    void uniformSplitRegretIsTheAverageGap() {
        BanditResult r = BanditSimulation.run(ARMS, HORIZON, "uniform", 1);
        // Expected 100,000 × (0.05 - 0.045) = 500; sampling noise in the pulls is about ±13.
        assertThat(r.regret()).isBetween(450.0, 550.0);
    }

    @Test
    void sameSeedGivesTheSameRun() {
        assertThat(BanditSimulation.run(ARMS, 5_000, "thompson", 42))
                .isEqualTo(BanditSimulation.run(ARMS, 5_000, "thompson", 42));
    }
}
