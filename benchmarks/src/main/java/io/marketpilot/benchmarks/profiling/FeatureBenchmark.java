package io.marketpilot.benchmarks.profiling;

import io.marketpilot.profiling.features.CustomerFeatureExtractor;
import io.marketpilot.profiling.features.FeatureSnapshot;
import io.marketpilot.profiling.features.FeatureTransformer;
import io.marketpilot.profiling.features.FittedTransform;
import io.marketpilot.profiling.features.TransformOptions;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Customer feature extraction, and the log1p + robust scaling that follows it, on a seeded shop the size of the UCI
 * Online Retail data (by default about 4,400 customers and 540,000 order lines, already in memory).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FeatureBenchmark {
    @Param({"4400"})
    int customers = 4_400;

    @Param({"24700"})
    int saleOrders = 24_700;

    private final CustomerFeatureExtractor extractor = new CustomerFeatureExtractor();
    private final FeatureTransformer transformer = new FeatureTransformer();
    // set in @Setup
    private SyntheticShop shop;
    private FeatureSnapshot snapshot;

    @Setup
    public void generate() {
        shop = SyntheticShop.generate(customers, saleOrders, 2011);
        snapshot = extractFeatures();
        System.out.println("\n" + shop.describe() + "; " + snapshot.rows() + " customers x "
                + snapshot.columnNames().size() + " feature columns");
    }

    @Benchmark
    public FeatureSnapshot extractFeatures() {
        return extractor.extract(
                shop.customers(), shop.orders(), shop.products(), shop.events(), Optional.empty(), shop.asOf());
    }

    @Benchmark
    public double[] scaleFeatures() {
        FittedTransform transform = transformer.fit(snapshot, TransformOptions.robustScaling());
        return transform.apply(snapshot.matrix());
    }
}
