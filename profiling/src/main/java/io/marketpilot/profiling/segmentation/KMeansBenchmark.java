package io.marketpilot.profiling.segmentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Compares our k-means with Tribuo's and Commons Math's on the same seeded Gaussian blobs, k and seeds: median
 * wall time after a warm-up, and inertia scored the same way for all ({@link NearestCentroid}). Every contender
 * stops when no label changes or after {@value #MAX_ITERATIONS} passes; "ours, tol 1e-4" adds our default
 * early stop. Run with {@code --help} for the options.
 *
 * <p>The house rule: keep ours only if it is at least 2× faster than the best library set-up at equal or better
 * inertia.
 */
public final class KMeansBenchmark {
    private static final int K = 8;
    private static final int D = 16;
    private static final long SEED = 42;
    private static final int MAX_ITERATIONS = 100;
    // strong reference: java.util.logging forgets levels set on loggers nobody holds
    private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

    private KMeansBenchmark() {}

    private record Contender(String name, int restarts, int threads, Clusterer clusterer) {
        boolean ours() {
            return name.startsWith("ours");
        }
    }

    private record Row(String data, Contender contender, int runs, double medianMillis, double inertia, String note) {}

    public static void main(String[] args) {
        List<String> flags = Arrays.asList(args);
        if (flags.contains("--help")) {
            System.out.println("KMeansBenchmark [--noise 5] [--runs 5] [--budget 60 (s of repeats per contender)]"
                    + " [--limit 600 (s: skip a 1M library run estimated longer)] [--skip-1m]");
            return;
        }
        double noise = number(args, "--noise", 5.0);
        int runs = (int) number(args, "--runs", 5);
        double budgetSeconds = number(args, "--budget", 60);
        double limitSeconds = number(args, "--limit", 600);
        TRIBUO_LOG.setLevel(Level.WARNING); // Tribuo logs every iteration at INFO
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(
                Locale.ROOT,
                "k-means benchmark: k=%d, d=%d, blobs noise sd=%.1f, seed=%d, maxIterations=%d, %d cores, %s %s%n",
                K,
                D,
                noise,
                SEED,
                MAX_ITERATIONS,
                cores,
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        List<Row> rows = new ArrayList<>();
        var medium = GaussianBlobs.generate(100_000, D, K, noise, SEED).points();
        for (Contender contender : contenders(cores)) {
            rows.add(measure("100k x 16", medium, contender, runs, budgetSeconds, true));
        }
        if (!flags.contains("--skip-1m")) {
            var big = GaussianBlobs.generate(1_000_000, D, K, noise, SEED).points();
            List<Row> single = new ArrayList<>();
            for (Contender contender : contenders(cores)) {
                double estimate = single.stream()
                        .filter(r -> r.contender().name().equals(contender.name())
                                && r.contender().restarts() == 1)
                        .mapToDouble(r -> r.medianMillis() * contender.restarts() / 1000)
                        .findFirst()
                        .orElse(0);
                if (!contender.ours() && estimate > limitSeconds) {
                    rows.add(new Row(
                            "1M x 16",
                            contender,
                            0,
                            Double.NaN,
                            Double.NaN,
                            String.format(Locale.ROOT, "skipped: about %.0f s (10 × its 1-restart time)", estimate)));
                    continue;
                }
                Row row = measure("1M x 16", big, contender, 1, budgetSeconds, false);
                rows.add(row);
                single.add(row);
            }
        }
        print(rows);
    }

    private static List<Contender> contenders(int cores) {
        return List.of(
                new Contender("ours", 1, cores, lloyd(1, 0, 0)),
                new Contender("Tribuo KMeansTrainer", 1, cores, new TribuoKMeans(1, MAX_ITERATIONS, cores)),
                new Contender("Commons Math KMeans++", 1, 1, new CommonsMathKMeans(1, MAX_ITERATIONS, false)),
                new Contender("ours", 10, cores, lloyd(10, 0, 0)),
                new Contender("ours, 1 thread", 10, 1, lloyd(10, 0, 1)),
                new Contender("ours, tol 1e-4", 10, cores, lloyd(10, KMeansOptions.DEFAULT_TOLERANCE, 0)),
                new Contender("Tribuo KMeansTrainer", 10, cores, new TribuoKMeans(10, MAX_ITERATIONS, cores)),
                new Contender("Commons Math Multi", 10, 1, new CommonsMathKMeans(10, MAX_ITERATIONS, false)),
                new Contender(
                        "Commons Math, parallel seeds", 10, cores, new CommonsMathKMeans(10, MAX_ITERATIONS, true)));
    }

    private static Clusterer lloyd(int restarts, double tolerance, int parallelism) {
        return new LloydKMeans(new KMeansOptions(restarts, MAX_ITERATIONS, tolerance, parallelism));
    }

    private static Row measure(
            String data, Points points, Contender contender, int runs, double budgetSeconds, boolean warmUp) {
        if (warmUp) {
            contender.clusterer().fit(points, K, SEED);
        }
        List<Double> millis = new ArrayList<>();
        double inertia = Double.NaN;
        int iterations = 0;
        double spent = 0;
        // slow contenders get fewer repeats rather than holding the whole benchmark hostage
        while (millis.size() < runs && (millis.isEmpty() || spent + median(millis) <= budgetSeconds * 1000)) {
            long start = System.nanoTime();
            ClusterFit fit = contender.clusterer().fit(points, K, SEED);
            double elapsed = (System.nanoTime() - start) / 1e6;
            millis.add(elapsed);
            spent += elapsed;
            inertia = fit.inertia();
            iterations = fit.iterations();
        }
        String note = iterations > 0 ? "winning restart: " + iterations + " passes" : "";
        System.out.printf(
                Locale.ROOT,
                "  %-9s %-30s r=%-2d threads=%-2d %10.0f ms  inertia %.6e  %s%n",
                data,
                contender.name(),
                contender.restarts(),
                contender.threads(),
                median(millis),
                inertia,
                note);
        return new Row(data, contender, millis.size(), median(millis), inertia, note);
    }

    private static void print(List<Row> rows) {
        System.out.println();
        System.out.println("| data | implementation | restarts | threads | runs | median ms | inertia |"
                + " time / ours | inertia / ours | note |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Row row : rows) {
            Row ours = rows.stream()
                    .filter(r -> r.data().equals(row.data())
                            && r.contender().name().equals("ours")
                            && r.contender().restarts() == row.contender().restarts())
                    .findFirst()
                    .orElseThrow();
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s | %d | %d | %d | %.0f | %.6e | %.2f | %.6f | %s |%n",
                    row.data(),
                    row.contender().name(),
                    row.contender().restarts(),
                    row.contender().threads(),
                    row.runs(),
                    row.medianMillis(),
                    row.inertia(),
                    row.medianMillis() / ours.medianMillis(),
                    row.inertia() / ours.inertia(),
                    row.note());
        }
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int m = sorted.length;
        return m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
    }

    private static double number(String[] args, String name, double fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Double.parseDouble(args[i + 1]);
            }
        }
        return fallback;
    }
}
