package io.marketpilot.profiling.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Automatic k for customer segments ({@link KChoiceRule#FOR_SEGMENTS}) on data whose structure is known because
 * it was generated: the right answers are the generating k, or "no structure" for noise.
 */
class UsefulKTest {
    private final AutoKMeans kmeans =
            new AutoKMeans(new LloydKMeans(KMeansOptions.defaults()), KChoiceRule.FOR_SEGMENTS);

    @Test
    void findsFourGeneratedClusters() {
        Points points = GaussianBlobs.generate(1_200, 5, 4, 1.0, 3).points();

        KMeansResult result = kmeans.auto(points, 10, 42);

        assertThat(result.k()).isEqualTo(4);
        assertThat(result.choice().verdict()).isEqualTo(KChoice.Verdict.CHOSEN);
        assertThat(result.choice().explanation()).startsWith("k = 4:");
        assertThat(result.choice().scores()).extracting(KScore::k).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void findsSixGeneratedClusters() {
        Points points = GaussianBlobs.generate(1_800, 6, 6, 1.0, 11).points();

        KMeansResult result = kmeans.auto(points, 10, 42);

        assertThat(result.k()).isEqualTo(6);
        assertThat(result.choice().verdict()).isEqualTo(KChoice.Verdict.CHOSEN);
    }

    @Test
    void saysUniformNoiseInSevenDimensionsHasNoStructure() {
        KMeansResult result = kmeans.auto(uniform(1_000, 7, 5), 10, 42);

        assertThat(result.choice().verdict()).isEqualTo(KChoice.Verdict.NO_STRUCTURE);
        assertThat(result.k()).isEqualTo(1);
        assertThat(result.silhouette()).isEmpty();
        assertThat(result.choice().explanation()).startsWith("No structure").contains("below 0.25");
    }

    @Test
    void saysUniformNoiseInTwoDimensionsHasNoStructureThoughItsSilhouetteLooksFair() {
        // k-means cuts a uniform square into tidy cells with a silhouette near 0.4: only the noise baseline tells
        KMeansResult result = kmeans.auto(uniform(1_000, 2, 6), 10, 42);

        assertThat(result.choice().clearestK().isPresent()).isTrue();
        assertThat(result.choice()
                        .silhouetteAt(result.choice().clearestK().getAsInt())
                        .getAsDouble())
                .isGreaterThan(0.3);
        assertThat(result.choice().verdict()).isEqualTo(KChoice.Verdict.NO_STRUCTURE);
        assertThat(result.choice().explanation()).contains("uniform noise");
    }

    @Test
    void twoClustersNeverComeOutAsTwoSegmentsWithoutSayingSo() {
        Points points = GaussianBlobs.generate(1_000, 4, 2, 1.0, 8).points();

        KMeansResult result = kmeans.auto(points, 10, 42);

        KChoice choice = result.choice();
        assertThat(choice.clearestK()).hasValue(2);
        if (result.k() == 2) {
            assertThat(choice.verdict()).isEqualTo(KChoice.Verdict.TWO_GROUPS_ONLY);
            assertThat(choice.explanation()).startsWith("Only two natural groups");
        } else {
            assertThat(choice.verdict()).isEqualTo(KChoice.Verdict.CHOSEN);
            assertThat(choice.explanation()).contains("A 2-way split would separate more clearly");
        }
    }

    @Test
    void aFixedKSaysItWasGiven() {
        Points points = GaussianBlobs.generate(300, 2, 3, 0.5, 2).points();

        KMeansResult result = kmeans.fixed(points, 2, 1);

        assertThat(result.choice().verdict()).isEqualTo(KChoice.Verdict.FIXED);
        assertThat(result.choice().explanation()).startsWith("k = 2 was given, not chosen");
    }

    private static Points uniform(int n, int d, long seed) {
        var random = new SplittableRandom(seed);
        double[] data = new double[n * d];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextDouble();
        }
        return new Points(data, n, d);
    }
}
