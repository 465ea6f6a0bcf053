package io.marketpilot.benchmarks.predict;

import io.marketpilot.predict.clv.BgNbdParameters;
import io.marketpilot.predict.clv.ClvModel;
import io.marketpilot.predict.clv.GammaGammaParameters;
import io.marketpilot.predict.clv.OrdersCsv;
import io.marketpilot.predict.clv.RfmSummaries;
import io.marketpilot.predict.clv.RfmSummarizer;
import io.marketpilot.predict.clv.SyntheticCustomers;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * {@link ClvModel#fit} (BG/NBD and Gamma-Gamma by maximum likelihood from calibration summaries) on customers drawn
 * from known parameters, and on a real orders file summarised up to a calibration end (by default CDNOW, from the
 * repository root). Summarising is done in setup: only the fit is timed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClvFitBenchmark {

    /** Customers drawn from CDNOW-like parameters, with whole-day or exact purchase times. */
    @State(Scope.Benchmark)
    public static class Synthetic {
        @Param({"1000000"})
        int customers = 1_000_000;

        @Param({"WHOLE_DAYS", "EXACT"})
        SyntheticCustomers.Timing timing = SyntheticCustomers.Timing.WHOLE_DAYS;

        RfmSummaries summaries;

        @Setup
        public void draw() {
            summaries = SyntheticCustomers.draw(
                    new BgNbdParameters(0.25, 4.8, 0.73, 2.2),
                    new GammaGammaParameters(6.3, 3.6, 14.9),
                    customers,
                    timing,
                    42);
        }
    }

    /** An orders file ({@code customer_id,order_date,…,amount}, as {@link OrdersCsv} reads) up to a calibration end. */
    @State(Scope.Benchmark)
    public static class OrdersFile {
        @Param({"../shared/data/cdnow/cdnow_orders.csv"})
        String orders = "../shared/data/cdnow/cdnow_orders.csv";

        @Param({"1997-09-30"})
        String calibrationEnd = "1997-09-30";

        RfmSummaries summaries;

        @Setup
        public void summarise() {
            summaries = RfmSummarizer.summarize(OrdersCsv.read(Path.of(orders)), LocalDate.parse(calibrationEnd));
        }
    }

    @Benchmark
    public ClvModel fitSyntheticCustomers(Synthetic data) {
        return ClvModel.fit(data.summaries);
    }

    @Benchmark
    public ClvModel fitOrdersFile(OrdersFile data) {
        return ClvModel.fit(data.summaries);
    }
}
