package io.marketpilot.profiling.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import org.junit.jupiter.api.Test;

class AutoKMeansTest {
    private final AutoKMeans kmeans = new AutoKMeans(new LloydKMeans(KMeansOptions.defaults()));

    @Test
    void choosesTheNumberOfBlobsBySilhouette() {
        Points points = GaussianBlobs.generate(1_200, 5, 4, 1.0, 3).points();

        KMeansResult result = kmeans.auto(points, 8, 42);

        assertThat(result.k()).isEqualTo(4);
        assertThat(result.silhouette()).isPresent();
        assertThat(result.curve()).extracting(KScore::k).containsExactly(2, 3, 4, 5, 6, 7, 8);
        assertThat(result.method()).contains("lloyd-kmeans").contains("silhouette exact on all 1200 points");
    }

    @Test
    void reportsAnElbowCurveThatDropsSharplyUntilTheTrueK() {
        Points points = GaussianBlobs.generate(1_200, 5, 4, 1.0, 3).points();

        KMeansResult result = kmeans.auto(points, 6, 42);

        double[] inertia = result.curve().stream().mapToDouble(KScore::inertia).toArray();
        // k=2..6: big drops up to k=4, then small ones
        assertThat(inertia[2] / inertia[1]).isLessThan(0.7);
        assertThat(inertia[3] / inertia[2]).isGreaterThan(0.9);
    }

    @Test
    void givesTheSameResultForTheSameSeed() {
        Points points = GaussianBlobs.generate(800, 3, 5, 2.5, 6).points();

        KMeansResult first = kmeans.auto(points, 6, 7);
        KMeansResult second = kmeans.auto(points, 6, 7);

        assertThat(second.labels()).isEqualTo(first.labels());
        assertThat(second.curve()).isEqualTo(first.curve());
    }

    @Test
    void runsAFixedKWithItsSilhouette() {
        Points points = GaussianBlobs.generate(300, 2, 3, 0.5, 2).points();

        KMeansResult result = kmeans.fixed(points, 3, 1);

        assertThat(result.k()).isEqualTo(3);
        assertThat(result.curve()).hasSize(1);
        assertThat(result.silhouette().getAsDouble()).isGreaterThan(0.5);
    }

    @Test
    void saysTheSilhouetteIsUndefinedForIdenticalPoints() {
        Points points = Points.of(new double[][] {{1, 2}, {1, 2}, {1, 2}, {1, 2}});

        assertThatThrownBy(() -> kmeans.auto(points, 5, 1))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("all 4 points are identical")
                .hasMessageContaining("silhouette is undefined");
    }

    @Test
    void stopsTheSearchAtTheNumberOfDistinctPoints() {
        Points points = Points.of(new double[][] {{0}, {0}, {5}, {5}, {9}, {9}});

        KMeansResult result = kmeans.auto(points, 10, 1);

        assertThat(result.curve()).extracting(KScore::k).containsExactly(2, 3);
        assertThat(result.k()).isEqualTo(3);
    }

    @Test
    void asksForAFixedKWhenThereAreTooFewPointsToChoose() {
        Points points = Points.of(new double[][] {{0}, {1}});

        assertThatThrownBy(() -> kmeans.auto(points, 5, 1))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("give a fixed k");
    }
}
