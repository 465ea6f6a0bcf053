package io.marketpilot.benchmarks.train;

import io.marketpilot.benchmarks.MainRunner;
import io.marketpilot.benchmarks.NamedOptions;
import io.marketpilot.text.emotion.TrainEmotion;
import io.marketpilot.text.sentiment.learned.TrainSentiment;
import java.nio.file.Path;
import java.util.Set;

/**
 * Retrains the shipped English emotion classifier ({@link TrainEmotion}) from the command line, as {@code bin/marketpilot train
 * emotion} does; for regenerating the model file without building the application.
 */
public final class TrainEmotionMain {
    static final String USAGE =
            "usage: TrainEmotionMain --input GOEMOTIONS_DIR (train.tsv, dev.tsv, emotions.txt) [--out DIR (default .)] [--seed "
                    + TrainSentiment.DEFAULT_SEED + "] [--cap " + TrainEmotion.DEFAULT_CAP_PER_LABEL
                    + " (rows per label)]";

    private TrainEmotionMain() {}

    public static void main(String[] args) {
        MainRunner.run(args, USAGE, true, TrainEmotionMain::run);
    }

    static String run(String[] args) {
        NamedOptions options = NamedOptions.parse(args, Set.of("--input", "--out", "--seed", "--cap"), USAGE);
        Path input = Path.of(options.required("--input"));
        Path out = Path.of(options.get("--out", "."));
        long seed = options.number("--seed", TrainSentiment.DEFAULT_SEED);
        int cap = Math.toIntExact(options.number("--cap", TrainEmotion.DEFAULT_CAP_PER_LABEL));
        String command = "java -cp benchmarks/target/benchmarks.jar " + TrainEmotionMain.class.getName() + " "
                + String.join(" ", args);
        TrainEmotion.Result result = TrainEmotion.run(input, out, seed, cap, command);
        return "emotion classifier written to " + out.resolve(TrainEmotion.ENGLISH_MODEL_FILE) + " (held-out accuracy "
                + result.report().accuracy() + ")\n";
    }
}
