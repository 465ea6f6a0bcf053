package io.marketpilot.text.classify;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.sentiment.learned.LogisticHead;
import io.marketpilot.text.sentiment.learned.LogisticRegression;
import io.marketpilot.text.sentiment.learned.SparseRows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The fits: one per (L2, fold) for the search, then the learning curve's and the final one. */
final class FoldSearch {
    private final SparseRows rows;
    private final int[] y;
    private final List<String> labels;
    private final int[] fold;
    private final ClassifierSettings settings;
    private final Consumer<String> progress;

    FoldSearch(
            SparseRows rows,
            int[] y,
            List<String> labels,
            int[] fold,
            ClassifierSettings settings,
            Consumer<String> progress) {
        this.rows = rows;
        this.y = y;
        this.labels = labels;
        this.fold = fold;
        this.settings = settings;
        this.progress = progress;
    }

    record Final(LogisticHead head, List<LearningPoint> curve) {}

    /** Out-of-fold logits for every L2 of the grid, in grid order. */
    List<double[][]> outOfFoldForGrid() {
        List<double[][]> out = new ArrayList<>();
        List<FitTask> tasks = new ArrayList<>();
        for (double l2 : settings.l2Grid()) {
            double[][] logits = new double[y.length][];
            out.add(logits);
            for (int f = 0; f < settings.folds(); f++) {
                int[] train = CrossValidation.rows(fold, f, false);
                tasks.add(new FitTask(
                        l2,
                        train,
                        CrossValidation.rows(fold, f, true),
                        logits,
                        "l2 " + l2 + " fold " + (f + 1) + "/" + settings.folds()));
            }
        }
        runAll(tasks);
        return out;
    }

    Final learningCurveAndFinalFit(double l2) {
        List<FitTask> tasks = new ArrayList<>();
        List<double[][]> curveLogits = new ArrayList<>();
        List<Integer> curveRows = new ArrayList<>();
        for (int s = 0; s < ClassifierTrainer.CURVE_SHARES.length; s++) {
            double[][] logits = new double[y.length][];
            curveLogits.add(logits);
            int total = 0;
            for (int f = 0; f < settings.folds(); f++) {
                int[] train = CrossValidation.subsample(
                        CrossValidation.rows(fold, f, false),
                        y,
                        labels.size(),
                        ClassifierTrainer.CURVE_SHARES[s],
                        settings.seed() + 31L * f + s);
                total += train.length;
                tasks.add(new FitTask(
                        l2,
                        train,
                        CrossValidation.rows(fold, f, true),
                        logits,
                        "learning curve " + ClassifierTrainer.CURVE_SHARES[s] + " fold " + (f + 1)));
            }
            curveRows.add(Math.round(total / (float) settings.folds()));
        }
        int[] all = new int[y.length];
        Arrays.setAll(all, i -> i);
        FitTask last = new FitTask(l2, all, new int[0], new double[0][], "final fit on all rows");
        tasks.add(last);
        runAll(tasks);
        List<LearningPoint> curve = new ArrayList<>();
        for (int s = 0; s < ClassifierTrainer.CURVE_SHARES.length; s++) {
            curve.add(new LearningPoint(
                    curveRows.get(s),
                    ClassifierTrainer.report(curveLogits.get(s), y, labels).macroF1()));
        }
        return new Final(Objects.requireNonNull(last.head, "final fit"), curve);
    }

    private void runAll(List<FitTask> tasks) {
        int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            tasks.forEach(task -> running.add(pool.submit(task::run)));
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("a training fit failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Fits on {@code train} and writes the logits of {@code heldOut} into {@code logits}. */
    private final class FitTask {
        private final double l2;
        private final int[] train;
        private final int[] heldOut;
        private final double[][] logits;
        private final String what;
        private volatile @Nullable LogisticHead head;

        FitTask(double l2, int[] train, int[] heldOut, double[][] logits, String what) {
            this.l2 = l2;
            this.train = train;
            this.heldOut = heldOut;
            this.logits = logits;
            this.what = what;
        }

        void run() {
            long start = System.nanoTime();
            int[] trainY = Arrays.stream(train).map(i -> y[i]).toArray();
            if (new TreeSet<>(Arrays.stream(trainY).boxed().toList()).size() < 2) {
                throw MarketPilotException.invalid("a fold's training part holds fewer than two labels");
            }
            LogisticHead fitted = new LogisticRegression(
                            l2, ClassifierTrainer.MAX_ITERATIONS, ClassifierTrainer.TOLERANCE)
                    .fit(
                            rows.subset(train),
                            trainY,
                            CrossValidation.balancedWeights(trainY, labels.size()),
                            labels,
                            Map.of());
            for (int i : heldOut) {
                logits[i] = ClassifierTrainer.logits(fitted, rows, i);
            }
            head = fitted;
            progress.accept(String.format(
                    Locale.ROOT,
                    "%s: %d rows, %s iterations, %.1f s",
                    what,
                    train.length,
                    fitted.provenance().get("train.iterations"),
                    (System.nanoTime() - start) / 1e9));
        }
    }
}
