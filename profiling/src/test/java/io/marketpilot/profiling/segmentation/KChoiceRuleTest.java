package io.marketpilot.profiling.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The rule on hand-made curves, where the right choice can be read off by eye. */
class KChoiceRuleTest {
    private final KChoiceRule rule = KChoiceRule.FOR_SEGMENTS;

    @Test
    void skipsTwoWhenItIsTheBestSilhouetteAndSaysSo() {
        // CDNOW's shape: k = 2 best, then a second peak at 5 with 4 a near tie
        var curve = curve(new double[] {0.469, 0.400, 0.425, 0.431, 0.350, 0.334, 0.338, 0.335, 0.341});

        KChoice choice = rule.choose(curve, k -> 0.15);

        assertThat(choice.verdict()).isEqualTo(KChoice.Verdict.CHOSEN);
        assertThat(choice.k()).isEqualTo(4);
        assertThat(choice.clearestK()).hasValue(2);
        assertThat(choice.explanation())
                .startsWith("k = 4: among k = 3–10 the best silhouette is 0.431 at k = 5; k = 4 scores 0.425")
                .contains("A 2-way split would separate more clearly (0.469)");
    }

    @Test
    void takesTheBestWhenNoSmallerKIsWithinTheTolerance() {
        var curve = curve(new double[] {0.30, 0.32, 0.35, 0.45, 0.40, 0.33, 0.30, 0.29, 0.28});

        KChoice choice = rule.choose(curve, k -> 0.1);

        assertThat(choice.k()).isEqualTo(5);
        assertThat(choice.explanation()).startsWith("k = 5: the highest silhouette among k = 3–10 (0.450)");
    }

    @Test
    void saysNoStructureBelowTheSilhouetteFloor() {
        var curve = curve(new double[] {0.21, 0.20, 0.22, 0.19, 0.18, 0.18, 0.17, 0.17, 0.16});

        KChoice choice = rule.choose(curve, k -> 0.05);

        assertThat(choice.verdict()).isEqualTo(KChoice.Verdict.NO_STRUCTURE);
        assertThat(choice.k()).isEqualTo(1);
        assertThat(choice.explanation()).startsWith("No structure: the best silhouette, 0.220 at k = 4, is below");
    }

    @Test
    void saysNoStructureWhenNoiseScoresAsWell() {
        var curve = curve(new double[] {0.37, 0.39, 0.40, 0.39, 0.38, 0.36, 0.37, 0.37, 0.38});

        KChoice choice = rule.choose(curve, k -> 0.38);

        assertThat(choice.verdict()).isEqualTo(KChoice.Verdict.NO_STRUCTURE);
        assertThat(choice.explanation()).contains("hardly above the 0.380 that k-means reaches on uniform noise");
    }

    @Test
    void returnsTwoGroupsOnlyWhenNothingFinerHoldsAndSaysWhy() {
        var curve = curve(new double[] {0.62, 0.22, 0.20, 0.19, 0.18, 0.18, 0.17, 0.17, 0.16});

        KChoice choice = rule.choose(curve, k -> 0.1);

        assertThat(choice.verdict()).isEqualTo(KChoice.Verdict.TWO_GROUPS_ONLY);
        assertThat(choice.k()).isEqualTo(2);
        assertThat(choice.explanation()).startsWith("Only two natural groups: k = 2 separates them (silhouette 0.620)");
    }

    @Test
    void reportsTheKneedleElbowOfTheInertiaCurve() {
        // inertia halves until k = 4, then barely moves: the elbow is 4
        List<KScore> curve = new ArrayList<>();
        double[] inertia = {800, 400, 200, 190, 182, 175, 170, 166, 163};
        for (int i = 0; i < inertia.length; i++) {
            curve.add(new KScore(i + 2, inertia[i], OptionalDouble.of(0.5)));
        }

        assertThat(Kneedle.elbow(curve)).hasValue(4);
    }

    @Test
    void theHighestSilhouetteRuleKeepsTheOldBehaviourForTopics() {
        var curve = curve(new double[] {0.08, 0.07, 0.09, 0.06});

        KChoice choice = KChoiceRule.HIGHEST_SILHOUETTE.choose(curve, k -> {
            throw new AssertionError("no noise baseline is needed");
        });

        assertThat(choice.k()).isEqualTo(4);
        assertThat(choice.uniformSilhouette()).isEmpty();
    }

    /** Silhouettes for k = 2, 3, …; inertia falling as 1/k. */
    private static List<KScore> curve(double[] silhouettes) {
        List<KScore> curve = new ArrayList<>();
        for (int i = 0; i < silhouettes.length; i++) {
            int k = i + 2;
            curve.add(new KScore(k, 1000.0 / k, OptionalDouble.of(silhouettes[i])));
        }
        return curve;
    }
}
