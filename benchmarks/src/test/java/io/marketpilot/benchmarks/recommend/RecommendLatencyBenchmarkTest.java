package io.marketpilot.benchmarks.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecommendLatencyBenchmarkTest {

    private static RecommendLatencyBenchmark trained(String algorithm) {
        var benchmark = new RecommendLatencyBenchmark();
        benchmark.syntheticCustomers = 300;
        benchmark.syntheticProducts = 200;
        benchmark.algorithm = algorithm;
        benchmark.k = 5;
        benchmark.train();
        return benchmark;
    }

    @Test
    void everyRequestKindReturnsKProductsForEachAlgorithm() {
        for (String algorithm : new String[] {"popularity", "item-knn", "als"}) {
            RecommendLatencyBenchmark benchmark = trained(algorithm);
            var customers = new RecommendLatencyBenchmark.Customers();
            assertThat(benchmark.rankingOnly(customers)).as(algorithm).isEqualTo(5);
            assertThat(benchmark.withIdsAndReasons(customers)).as(algorithm).isEqualTo(5);
            assertThat(benchmark.withRulesAndDiversity(customers)).as(algorithm).isEqualTo(5);
        }
    }

    @Test
    void contentModelsNeedAFileWithItemTexts() {
        assertThatThrownBy(() -> trained("content"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item texts");
        assertThatThrownBy(() -> trained("random"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("random");
    }
}
