package io.marketpilot.app.cli;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.emotion.TrainEmotion;
import io.marketpilot.text.sentiment.learned.TrainSentiment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
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
            description = "English emotion classifier on GoEmotions (27 emotions + neutral mapped to seven labels),"
                    + " settings by cross-validation on train.tsv, scored once on dev.tsv; with --zh-train and"
                    + " --zh-test also the Chinese one (label,text CSVs) into OUT/zh; reports in "
                    + TrainEmotion.REPORT_FILE)
    int emotion(
            @Option(
                            names = "--input",
                            required = true,
                            description = "GoEmotions folder (train.tsv, dev.tsv, emotions.txt)")
                    Path input,
            @Option(names = "--out", defaultValue = RESOURCES + "emotion") Path out,
            @Option(names = "--seed", defaultValue = "42") long seed,
            @Option(
                            names = "--cap",
                            defaultValue = "" + TrainEmotion.DEFAULT_CAP_PER_LABEL,
                            description = "At most this many training rows per label")
                    int cap,
            @Option(names = "--zh-train", description = "Chinese label,text training CSV") @Nullable Path zhTrain,
            @Option(names = "--zh-test", description = "Chinese label,text test CSV") @Nullable Path zhTest) {
        require(input);
        var embedders = io.marketpilot.text.embedding.BilingualEmbedder.bgeSmall();
        TrainEmotion.runEnglish(
                embedders,
                input,
                out,
                seed,
                cap,
                "bin/marketpilot train emotion --input " + input + " --out " + out + " --seed " + seed + " --cap "
                        + cap);
        if (zhTrain != null && zhTest != null) {
            require(zhTrain);
            require(zhTest);
            TrainEmotion.runChinese(
                    embedders,
                    zhTrain,
                    zhTest,
                    out.resolve("zh"),
                    seed,
                    "bin/marketpilot train emotion --input " + input + " --zh-train " + zhTrain + " --zh-test " + zhTest
                            + " --out " + out + " --seed " + seed);
        }
        return 0;
    }

    private static void require(Path path) {
        if (!Files.exists(path)) {
            throw MarketPilotException.invalid("No such file or folder: " + path);
        }
    }
}
