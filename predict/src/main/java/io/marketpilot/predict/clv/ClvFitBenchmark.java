package io.marketpilot.predict.clv;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times {@link ClvModel#fit} (BG/NBD and Gamma-Gamma from calibration summaries) on a real orders file and on
 * synthetic customers; prints the median and fastest of several runs after warm-up.
 *
 * <p>Run: {@code ClvFitBenchmark <orders.csv> [calibration-end=1997-09-30] [synthetic-customers=1000000]}.
 */
public final class ClvFitBenchmark {
    private static final int WARM_UP = 3;
    private static final int RUNS = 7;

    private ClvFitBenchmark() {}

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: ClvFitBenchmark <orders.csv> [calibration-end=1997-09-30]"
                    + " [synthetic-customers=1000000]");
            System.exit(2);
        }
        LocalDate calibrationEnd = LocalDate.parse(args.length > 1 ? args[1] : "1997-09-30");
        int synthetic = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;

        List<Transaction> transactions = OrdersCsv.read(Path.of(args[0]));
        long start = System.nanoTime();
        RfmSummaries real = RfmSummarizer.summarize(transactions, calibrationEnd);
        System.out.printf(
                Locale.ROOT,
                "%s: %d rows summarised into %d customers in %.1f ms%n",
                args[0],
                transactions.size(),
                real.customers().size(),
                (System.nanoTime() - start) / 1e6);
        time("real", real, () -> ClvModel.fit(real));

        for (SyntheticCustomers.Timing timing : SyntheticCustomers.Timing.values()) {
            start = System.nanoTime();
            RfmSummaries drawn = SyntheticCustomers.draw(
                    new BgNbdParameters(0.25, 4.8, 0.73, 2.2),
                    new GammaGammaParameters(6.3, 3.6, 14.9),
                    synthetic,
                    timing,
                    42);
            System.out.printf(
                    Locale.ROOT,
                    "synthetic, %s times: %d customers drawn in %.0f ms (truth r=0.25 alpha=4.8 a=0.73 b=2.2;"
                            + " p=6.3 q=3.6 gamma=14.9)%n",
                    timing,
                    synthetic,
                    (System.nanoTime() - start) / 1e6);
            time("synthetic " + timing, drawn, () -> ClvModel.fit(drawn));
        }
    }

    private static void time(String name, RfmSummaries data, Supplier<ClvModel> fit) {
        double[] ms = new double[RUNS];
        ClvModel model = null;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            model = fit.get();
            if (i >= WARM_UP) {
                ms[i - WARM_UP] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(ms);
        BgNbdParameters p = model.purchases().parameters();
        GammaGammaParameters s = model.spend().parameters();
        System.out.printf(
                Locale.ROOT,
                "%s fit: median %.1f ms, fastest %.1f ms over %d runs after %d warm-up; %d customers in %d (x, t_x, T)"
                        + " groups, %d + %d likelihood evaluations%n  BG/NBD r=%.4f alpha=%.4f a=%.4f b=%.4f;"
                        + " Gamma-Gamma p=%.4f q=%.4f gamma=%.4f%n",
                name,
                ms[RUNS / 2],
                ms[0],
                RUNS,
                WARM_UP,
                model.customers(),
                RfmGroups.of(data.customers()).size(),
                model.purchases().evaluations(),
                model.spend().evaluations(),
                p.r(),
                p.alpha(),
                p.a(),
                p.b(),
                s.p(),
                s.q(),
                s.gamma());
    }
}
