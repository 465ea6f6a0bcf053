package io.marketpilot.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/** Test data that other modules of this repository already ship; tests run in the benchmarks module's folder. */
public final class RepositoryFiles {
    /** CDNOW's 1/10th sample (2,357 customers), whose BG/NBD parameters are published. */
    public static final Path CDNOW_SAMPLE =
            Path.of("../predict/src/test/resources/io/marketpilot/predict/clv/cdnow_sample_orders.csv");

    private RepositoryFiles() {}

    public static Path cdnowSample() {
        if (!Files.isRegularFile(CDNOW_SAMPLE)) {
            throw new IllegalStateException("run the tests from the benchmarks module: no " + CDNOW_SAMPLE);
        }
        return CDNOW_SAMPLE;
    }
}
