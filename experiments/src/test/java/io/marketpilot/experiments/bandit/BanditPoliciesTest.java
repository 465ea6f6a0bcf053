package io.marketpilot.experiments.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BanditPoliciesTest {
    @Test
    void exportedStateRestoresAnEquivalentPolicy() {
        BanditPolicy policy = BanditPolicies.create("epsilon-greedy", 3, 9);
        policy.update(0, 1);
        policy.update(1, 0);
        policy.update(2, 1);
        policy.update(2, 0);
        BanditState state = policy.state();
        assertThat(state.pulls()).containsExactly(1L, 1L, 2L);
        assertThat(state.parameters()).containsEntry("epsilon", 0.1);
        assertThat(BanditPolicies.restore(state, 9).state()).isEqualTo(state);
    }

    @Test
    void ucb1TriesEveryArmBeforeExploiting() {
        BanditPolicy ucb = new Ucb1(3);
        for (int round = 0; round < 3; round++) {
            assertThat(ucb.chooseArm()).isEqualTo(round);
            ucb.update(round, 0);
        }
    }

    @Test
    void thompsonPrefersAnArmWithOverwhelmingEvidence() {
        BanditState state = new BanditState(
                "thompson", Map.of(), List.of(1000L, 1000L), List.of(10.0, 300.0), List.of(10.0, 300.0));
        BanditPolicy policy = BanditPolicies.restore(state, 1);
        int second = 0;
        for (int i = 0; i < 200; i++) {
            second += policy.chooseArm();
        }
        assertThat(second).isEqualTo(200);
    }

    @Test
    void gaussianThompsonFindsTheHigherRevenueArm() {
        BanditPolicy policy = new ThompsonGaussian(2, 5);
        var random = io.marketpilot.experiments.random.Variates.seeded(6);
        int[] pulls = new int[2];
        for (int t = 0; t < 5_000; t++) {
            int arm = policy.chooseArm();
            double revenue = Math.max(0, (arm == 0 ? 10 : 12) + 5 * random.normal());
            policy.update(arm, revenue);
            pulls[arm]++;
        }
        assertThat(pulls[1]).isGreaterThan(4_000);
    }

    @Test
    void rejectsUnknownPolicyNamesListingTheKnownOnes() {
        assertThatThrownBy(() -> BanditPolicies.create("softmax", 2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("thompson");
    }

    @Test
    void bernoulliThompsonRefusesRewardsOutsideTheUnitInterval() {
        assertThatThrownBy(() -> new ThompsonBernoulli(2, 1).update(0, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
