package io.marketpilot.app.cli;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.emotion.TrainEmotion;
import io.marketpilot.text.sentiment.learned.TrainSentiment;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marketpilot train sentiment|emotion}: retrains a shipped head from public labelled data, writing the head,
 * its provenance and its held-out evaluation into {@code --out} (the repository's resource folder to update them).
 */
@Command(
        name = "train",
        description = "Train the learned listening heads (bge-small embeddings + logistic regression), or a classifier"
                + " on the shop's own labelled texts.",
        subcommands = {TrainClassifierCommand.class})
public final class TrainCommand {
    private static final String RESOURCES = "text/src/main/resources/io/marketpilot/text/";

    @Command(
            name = "sentiment",
            description = "English head on the UCI sentences (amazon + imdb), Chinese head on ChnSentiCorp; seeded"
                    + " stratified 80/20 split, report in EVALUATION.md")
    int sentiment(
            @Option(
                            names = "--en",
                            required = true,
                            description = "Folder with amazon_cells_labelled.txt and" + " imdb_labelled.txt")
                    Path en,
            @Option(names = "--zh", required = true, description = "ChnSentiCorp CSV (label,text)") Path zh,
            @Option(names = "--out", defaultValue = RESOURCES + "sentiment/learned") Path out,
            @Option(names = "--seed", defaultValue = "42") long seed) {
        require(en);
        require(zh);
        TrainSentiment.trainAndWrite(
                en,
                zh,
                out,
                seed,
                "bin/marketpilot train sentiment --en " + en + " --zh " + zh + " --out " + out + " --seed " + seed);
        return 0;
    }

    @Command(
            name = "emotion",
            description = "English emotion head on the emotion-en corpus (label,text CSV), labels merged to seven;"
                    + " seeded per-label cap and stratified 80/20 split, report in "
                    + TrainEmotion.REPORT_FILE)
    int emotion(
            @Option(names = "--input", required = true, description = "emotion_train.csv") Path input,
            @Option(names = "--out", defaultValue = RESOURCES + "emotion") Path out,
            @Option(names = "--seed", defaultValue = "42") long seed,
            @Option(names = "--cap", defaultValue = "3000", description = "At most this many rows per label") int cap) {
        require(input);
        TrainEmotion.run(
                input,
                out,
                seed,
                cap,
                "bin/marketpilot train emotion --input " + input + " --out " + out + " --seed " + seed + " --cap "
                        + cap);
        return 0;
    }

    private static void require(Path path) {
        if (!Files.exists(path)) {
            throw MarketPilotException.invalid("No such file or folder: " + path);
        }
    }
}
