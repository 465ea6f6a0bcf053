package io.marketpilot.benchmarks.profiling;

import io.marketpilot.profiling.segmentation.SegmentationRequest;
import io.marketpilot.profiling.segmentation.SegmentationResult;
import io.marketpilot.profiling.segmentation.SegmentationService;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole automatic segmentation (features, scaling, k = 2..10 with 10 restarts each, exact silhouette, personas)
 * of the seeded Online-Retail-sized shop; the k it chose and its silhouette are printed after each trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
public class SegmentationBenchmark {
    @Param({"4400"})
    int customers = 4_400;

    @Param({"24700"})
    int saleOrders = 24_700;

    private final SegmentationService service = SegmentationService.withDefaults();
    // set in @Setup
    private SyntheticShop shop;
    // set by each measured call, none before the first
    private @Nullable SegmentationResult last;

    @Setup
    public void generate() {
        shop = SyntheticShop.generate(customers, saleOrders, 2011);
    }

    @Benchmark
    public SegmentationResult segment() {
        last = service.segment(
                shop.customers(),
                shop.orders(),
                shop.products(),
                shop.events(),
                Optional.empty(),
                SegmentationRequest.auto(shop.asOf(), 42));
        return last;
    }

    @TearDown
    public void printChoice() {
        SegmentationResult last = this.last;
        if (last == null) {
            return; // no call was measured
        }
        System.out.printf(
                Locale.ROOT,
                "%n%,d customers: k=%d, silhouette %.3f%n",
                last.snapshot().customers(),
                last.k(),
                last.silhouette().orElse(Double.NaN));
    }
}
