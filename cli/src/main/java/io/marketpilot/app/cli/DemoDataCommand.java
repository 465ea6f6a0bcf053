package io.marketpilot.app.cli;

import io.marketpilot.app.demo.DemoDataWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketpilot demo-data}: regenerates the bundled sample shop (see app/src/main/resources/demo/PROVENANCE.md). */
@Command(name = "demo-data", description = "Regenerate the bundled sample shop from a seed.")
public final class DemoDataCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "Directory for the five .csv.gz files")
    Path out;

    @Option(names = "--reviews-en", required = true, description = "UCI amazon_cells_labelled.txt (CC BY 4.0)")
    Path englishReviews;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(
            names = "--customers",
            defaultValue = "1500",
            description = "Number of customers (default ${DEFAULT-VALUE})")
    int customers;

    @Option(
            names = "--chinese-reviews",
            defaultValue = "300",
            description = "Generated Chinese reviews (default ${DEFAULT-VALUE})")
    int chineseReviews;

    @Override
    public Integer call() throws Exception {
        DemoDataWriter.write(out, seed, customers, englishReviews, chineseReviews);
        System.out.println("Wrote " + String.join(", ", DemoDataWriter.FILES) + " to " + out);
        return 0;
    }
}
