package io.marketpilot.profiling.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeatureTransformerTest {
    private final FeatureTransformer transformer = new FeatureTransformer();

    /** A snapshot over hand-made columns: heavy-tailed "spend", linear "share", constant "zero". */
    private static FeatureSnapshot snapshot(double[][] matrix) {
        var definition = new FeatureDefinition(
                "test/1",
                List.of(
                        new FeatureColumn("spend", "d", FeatureColumn.Role.CLUSTER, FeatureColumn.Scale.LOG1P),
                        new FeatureColumn("share", "d", FeatureColumn.Role.CLUSTER, FeatureColumn.Scale.LINEAR),
                        new FeatureColumn("zero", "d", FeatureColumn.Role.CLUSTER, FeatureColumn.Scale.LINEAR),
                        new FeatureColumn("label", "d", FeatureColumn.Role.DESCRIBE, FeatureColumn.Scale.LINEAR)));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < matrix.length; i++) {
            ids.add("c" + i);
        }
        return new FeatureSnapshot(
                LocalDate.of(2024, 1, 1),
                definition,
                ids,
                matrix,
                ids.stream().map(id -> "DE").toList(),
                0);
    }

    private static double[][] randomMatrix(int n, long seed) {
        var random = new SplittableRandom(seed);
        double[][] matrix = new double[n][];
        for (int i = 0; i < n; i++) {
            double spend = Math.exp(3 + 2 * random.nextGaussian());
            double share = random.nextDouble() < 0.8 ? 0 : random.nextDouble();
            matrix[i] = new double[] {spend, share, 0, i};
        }
        return matrix;
    }

    @Test
    void usesOnlyClusterColumns() {
        FittedTransform transform = transformer.fit(snapshot(randomMatrix(50, 1)), TransformOptions.robustScaling());

        assertThat(transform.columns()).extracting(FeatureColumn::name).containsExactly("spend", "share", "zero");
        assertThat(transform.outputDimension()).isEqualTo(3);
    }

    @Test
    void centresLogSpendOnItsMedianAndScalesByItsInterquartileRange() {
        double[][] matrix = new double[5][];
        double[] spend = {0, 9, 99, 999, 9999}; // log1p: 0, ln10, ln100, ln1000, ln10000
        for (int i = 0; i < 5; i++) {
            matrix[i] = new double[] {spend[i], i, 0, 0};
        }

        FittedTransform transform = transformer.fit(snapshot(matrix), TransformOptions.robustScaling());
        double[] scaled = transform.apply(matrix);

        assertThat(transform.center()[0]).isCloseTo(Math.log(100), within(1e-12));
        assertThat(transform.scale()[0]).isCloseTo(Math.log(1000) - Math.log(10), within(1e-12));
        assertThat(scaled[2 * 3]).isCloseTo(0, within(1e-12));
    }

    @Test
    void fallsBackToStandardDeviationWhenTheInterquartileRangeIsZero() {
        double[][] matrix = {{1, 0, 0, 0}, {1, 0, 0, 0}, {1, 0, 0, 0}, {1, 0, 0, 0}, {1, 1, 0, 0}};

        FittedTransform transform = transformer.fit(snapshot(matrix), TransformOptions.robustScaling());

        double sd = Math.sqrt((4 * 0.2 * 0.2 + 0.8 * 0.8) / 4);
        assertThat(transform.scale()[1]).isCloseTo(1.349 * sd, within(1e-12));
    }

    @Test
    void givesAConstantColumnScaleOneSoItContributesNothing() {
        double[][] matrix = randomMatrix(20, 2);

        FittedTransform transform = transformer.fit(snapshot(matrix), TransformOptions.robustScaling());
        double[] scaled = transform.apply(matrix);

        assertThat(transform.scale()[2]).isEqualTo(1.0);
        for (int i = 0; i < matrix.length; i++) {
            assertThat(scaled[i * 3 + 2]).isZero();
        }
    }

    private static final TransformOptions NO_CLIP =
            TransformOptions.robustScaling().withClip(Double.POSITIVE_INFINITY);

    @Test
    void clipsExtremeCustomersAtThreeInterquartileRanges() {
        double[][] matrix = new double[9][];
        for (int i = 0; i < 8; i++) {
            matrix[i] = new double[] {0, i, 0, 0};
        }
        matrix[8] = new double[] {0, 1_000, 0, 0};

        FittedTransform transform = transformer.fit(snapshot(matrix), TransformOptions.robustScaling());
        double[] scaled = transform.apply(matrix);

        assertThat(scaled[8 * 3 + 1]).isEqualTo(TransformOptions.DEFAULT_CLIP);
        assertThat(scaled[7 * 3 + 1]).isLessThan(TransformOptions.DEFAULT_CLIP);
    }

    @Test
    void mapsTransformedRowsBackToOriginalUnits() {
        double[][] matrix = randomMatrix(200, 3);
        FittedTransform transform = transformer.fit(snapshot(matrix), NO_CLIP);
        double[] scaled = transform.apply(matrix);

        for (int i = 0; i < matrix.length; i += 17) {
            double[] back = transform.toOriginal(java.util.Arrays.copyOfRange(scaled, i * 3, i * 3 + 3));
            assertThat(back[0]).isCloseTo(matrix[i][0], within(1e-9 * (1 + matrix[i][0])));
            assertThat(back[1]).isCloseTo(matrix[i][1], within(1e-12));
        }
    }

    @Test
    void reconstructsExactlyThroughPcaWhenAllVarianceIsKept() {
        double[][] matrix = randomMatrix(200, 4);
        FittedTransform transform =
                transformer.fit(snapshot(matrix), TransformOptions.withPca(1.0).withClip(Double.POSITIVE_INFINITY));
        double[] projected = transform.apply(matrix);
        int m = transform.outputDimension();

        double[] back = transform.toOriginal(java.util.Arrays.copyOfRange(projected, 5 * m, 6 * m));

        assertThat(back[0]).isCloseTo(matrix[5][0], within(1e-6 * (1 + matrix[5][0])));
        assertThat(back[1]).isCloseTo(matrix[5][1], within(1e-9));
    }

    @Test
    void keepsOneComponentForPointsOnALine() {
        var random = new SplittableRandom(5);
        double[][] matrix = new double[100][];
        for (int i = 0; i < 100; i++) {
            double t = random.nextGaussian();
            matrix[i] = new double[] {Math.expm1(Math.abs(t)), Math.abs(t), 0, 0};
        }

        FittedTransform transform = transformer.fit(snapshot(matrix), TransformOptions.withPca(0.99));

        assertThat(transform.outputDimension()).isEqualTo(1);
        assertThat(transform.pca().orElseThrow().explainedVariance()).isCloseTo(1.0, within(1e-9));
        assertThat(transform.describe()).contains("pca(1 of 3 components");
    }
}
