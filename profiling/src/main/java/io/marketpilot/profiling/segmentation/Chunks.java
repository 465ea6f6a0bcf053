package io.marketpilot.profiling.segmentation;

import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * Fixed-size blocks of points for parallel loops. The block size never depends on the number of threads, and
 * block results are combined in block order, so floating-point sums, and hence labels, are the same on 1 or 64
 * cores.
 */
final class Chunks {
    static final int SIZE = 4096;

    private Chunks() {}

    static int count(int n) {
        return (n + SIZE - 1) / SIZE;
    }

    static int start(int chunk) {
        return chunk * SIZE;
    }

    static int end(int chunk, int n) {
        return Math.min(n, (chunk + 1) * SIZE);
    }

    /** Runs the task in a pool of {@code parallelism} workers (parallel streams inside use it), or the common pool. */
    static <T> T inPool(int parallelism, Supplier<T> task) {
        if (parallelism == 0) {
            return task.get();
        }
        var pool = new ForkJoinPool(parallelism);
        try {
            return pool.submit(task::get).join();
        } finally {
            pool.shutdown();
        }
    }
}
