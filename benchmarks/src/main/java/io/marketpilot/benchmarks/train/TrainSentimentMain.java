package io.marketpilot.benchmarks.train;

import io.marketpilot.benchmarks.MainRunner;
import io.marketpilot.benchmarks.NamedOptions;
import io.marketpilot.text.sentiment.learned.TrainSentiment;
import java.nio.file.Path;
import java.util.Set;

/**
 * Retrains the shipped sentiment heads ({@link TrainSentiment}) from the command line, as {@code bin/marketpilot
 * train sentiment} does; for regenerating the model files without building the application.
 */
public final class TrainSentimentMain {
    static final String USAGE = "usage: TrainSentimentMain --en DIR_WITH_UCI_FILES --zh CHNSENTICORP_CSV --out DIR"
            + " [--seed " + TrainSentiment.DEFAULT_SEED + "]";

    private TrainSentimentMain() {}

    public static void main(String[] args) {
        MainRunner.run(args, USAGE, true, TrainSentimentMain::run);
    }

    static String run(String[] args) {
        NamedOptions options = NamedOptions.parse(args, Set.of("--en", "--zh", "--out", "--seed"), USAGE);
        Path en = Path.of(options.required("--en"));
        Path zh = Path.of(options.required("--zh"));
        Path out = Path.of(options.required("--out"));
        long seed = options.number("--seed", TrainSentiment.DEFAULT_SEED);
        TrainSentiment.trainAndWrite(en, zh, out, seed, command(args));
        return "heads, EVALUATION.md and PROVENANCE.md written to " + out + "\n";
    }

    static String command(String[] args) {
        return "./mvnw -B -q -pl benchmarks -am package -DskipTests\n"
                + "java -cp benchmarks/target/benchmarks.jar " + TrainSentimentMain.class.getName() + " "
                + String.join(" ", args);
    }
}
