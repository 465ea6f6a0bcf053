package io.marketpilot.benchmarks.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.profiling.features.FeatureSnapshot;
import io.marketpilot.profiling.features.FeatureTransformer;
import io.marketpilot.profiling.features.TransformOptions;
import io.marketpilot.profiling.segmentation.SegmentationResult;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ShopBenchmarksTest {

    @Test
    void syntheticShopIsTheSameForTheSameSeed() {
        SyntheticShop a = SyntheticShop.generate(200, 900, 7);
        SyntheticShop b = SyntheticShop.generate(200, 900, 7);

        assertThat(a).isEqualTo(b);
        assertThat(a.customers()).hasSize(200);
        assertThat(a.describe())
                .contains("200 customers")
                .contains(String.format(Locale.ROOT, "%,d lines", a.lineCount()));
    }

    @Test
    void featureBenchmarkExtractsOneRowPerCustomerWithOrdersAndScalesThem() {
        var benchmark = new FeatureBenchmark();
        benchmark.customers = 300;
        benchmark.saleOrders = 1_500;
        benchmark.generate();

        FeatureSnapshot snapshot = benchmark.extractFeatures();
        double[] scaled = benchmark.scaleFeatures();

        assertThat(snapshot.rows() + snapshot.excludedCustomers()).isEqualTo(300);
        assertThat(snapshot.rows()).isPositive();
        int clusterColumns = new FeatureTransformer()
                .fit(snapshot, TransformOptions.robustScaling())
                .outputDimension();
        assertThat(scaled).hasSize(snapshot.rows() * clusterColumns);
        // robust scaling clips every value to the default ±3
        assertThat(Arrays.stream(scaled).min().orElseThrow()).isGreaterThanOrEqualTo(-3.0);
        assertThat(Arrays.stream(scaled).max().orElseThrow()).isLessThanOrEqualTo(3.0);
    }

    @Test
    void segmentationBenchmarkSegmentsEveryCustomerOfTheShop() {
        var benchmark = new SegmentationBenchmark();
        benchmark.customers = 300;
        benchmark.saleOrders = 1_500;
        benchmark.generate();

        SegmentationResult result = benchmark.segment();

        assertThat(result.snapshot().customers()).isPositive().isLessThanOrEqualTo(300);
        assertThat(result.segments()).isNotEmpty();
    }
}
