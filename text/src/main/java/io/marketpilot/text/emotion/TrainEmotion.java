package io.marketpilot.text.emotion;

import io.marketpilot.text.classify.ClassifierSettings;
import io.marketpilot.text.classify.ClassifierTrainer;
import io.marketpilot.text.classify.HeldOutEvaluation;
import io.marketpilot.text.classify.LabelledExample;
import io.marketpilot.text.classify.TextClassifier;
import io.marketpilot.text.classify.TrainingResult;
import io.marketpilot.text.embedding.BilingualEmbedder;
import io.marketpilot.text.eval.ClassificationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Trains the shipped emotion classifiers with {@link ClassifierTrainer} and writes each with its evaluation: the
 * English one on GoEmotions' train split (mapped onto {@link EmotionLabels}, big labels capped), scored once on
 * its dev split; the Chinese one on a {@code label,text} training CSV, scored once on its test CSV. Settings are
 * chosen by cross-validation on the training rows only; the scored rows are never seen in training.
 */
public final class TrainEmotion {
    public static final String ENGLISH_MODEL_FILE = "emotion-en.classifier";
    public static final String CHINESE_MODEL_FILE = "emotion-zh.classifier";
    public static final String REPORT_FILE = "EMOTION-EVALUATION.md";
    public static final int DEFAULT_CAP_PER_LABEL = 4_000;

    private TrainEmotion() {}

    /** The trained classifier, its out-of-fold training report and the one score on held-out rows. */
    public record Result(TrainingResult training, ClassificationReport test, int trainRows, int testRows) {
        public TextClassifier classifier() {
            return training.classifier();
        }

        /** The held-out report (kept under its old name for callers that print the accuracy). */
        public ClassificationReport report() {
            return test;
        }
    }

    /** English, from a GoEmotions folder ({@code train.tsv}, {@code dev.tsv}, {@code emotions.txt}). */
    public static Result run(Path input, Path outDir, long seed, int capPerLabel, String command) {
        return runEnglish(BilingualEmbedder.bgeSmall(), input, outDir, seed, capPerLabel, command);
    }

    public static Result runEnglish(
            BilingualEmbedder embedders, Path input, Path outDir, long seed, int capPerLabel, String command) {
        Path folder = Files.isDirectory(input) ? input : input.toAbsolutePath().resolveSibling(".");
        List<LabelledExample> all = EmotionDataset.readGoEmotions(folder.resolve("train.tsv"));
        List<LabelledExample> train = EmotionDataset.capPerLabel(all, capPerLabel, seed);
        List<LabelledExample> test = EmotionDataset.readGoEmotions(folder.resolve("dev.tsv"));
        String data = "GoEmotions (Demszky et al., ACL 2020), train.tsv: " + all.size()
                + " rows whose labels map to one of ours, at most " + capPerLabel + " per label (java.util.Random("
                + seed + ")): " + train.size() + " rows; scored once on dev.tsv (" + test.size() + " such rows)";
        return trainAndScore(
                embedders,
                "emotion-en",
                train,
                test,
                seed,
                outDir.resolve(ENGLISH_MODEL_FILE),
                outDir.resolve(REPORT_FILE),
                command,
                data);
    }

    /** Chinese, from CSVs with {@code label} and {@code text} columns and the seven labels. */
    public static Result runChinese(
            BilingualEmbedder embedders, Path trainCsv, Path testCsv, Path outDir, long seed, String command) {
        List<LabelledExample> train = EmotionDataset.readLabelledCsv(trainCsv);
        List<LabelledExample> test = EmotionDataset.readLabelledCsv(testCsv);
        String data = trainCsv.getFileName() + ": " + train.size() + " rows; scored once on " + testCsv.getFileName()
                + " (" + test.size() + " rows)";
        return trainAndScore(
                embedders,
                "emotion-zh",
                train,
                test,
                seed,
                outDir.resolve(CHINESE_MODEL_FILE),
                outDir.resolve(REPORT_FILE),
                command,
                data);
    }

    private static Result trainAndScore(
            BilingualEmbedder embedders,
            String name,
            List<LabelledExample> train,
            List<LabelledExample> test,
            long seed,
            Path modelFile,
            Path reportFile,
            String command,
            String data) {
        ClassifierSettings settings = ClassifierSettings.defaults();
        // the emotion models always read the embedding: the listening pipeline classifies stored reviews from the
        // vector it stored, and on GoEmotions the embedding adds two points of macro-F1 out of fold
        settings = new ClassifierSettings(
                settings.l2Grid(), settings.folds(), ClassifierSettings.Embeddings.ALWAYS, settings.hashBits(), seed);
        TrainingResult result = new ClassifierTrainer(embedders).train(name, train, settings, System.out::println);
        HeldOutEvaluation heldOut = HeldOutEvaluation.of(result.classifier(), test);
        byte[] bytes = result.classifier().toBytes();
        try {
            Files.createDirectories(modelFile.toAbsolutePath().getParent());
            Files.write(modelFile, bytes);
            Files.writeString(reportFile, report(result, heldOut, command, data, bytes.length), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + modelFile, e);
        }
        System.out.printf(
                Locale.ROOT,
                "%s train=%d test=%d accuracy=%.4f macroF1=%.4f (out of fold %.4f) bytes=%d%n",
                name,
                train.size(),
                test.size(),
                heldOut.report().accuracy(),
                heldOut.report().macroF1(),
                result.report().macroF1(),
                bytes.length);
        return new Result(result, heldOut.report(), train.size(), test.size());
    }

    private static String report(
            TrainingResult result, HeldOutEvaluation heldOut, String command, String data, int bytes) {
        StringBuilder md = new StringBuilder();
        md.append("# Emotion model ").append(result.classifier().name()).append(": evaluation\n\n");
        md.append("Generated by `").append(TrainEmotion.class.getName()).append("`; do not edit by hand.\n\n");
        md.append("Command:\n\n```\n").append(command).append("\n```\n\n");
        md.append("Model: `")
                .append(result.classifier().model())
                .append("`, ")
                .append(bytes)
                .append(" bytes.\n\n");
        md.append("Data: ").append(data).append(".\n\n");
        md.append("## Held-out score (rows never seen in training, scored once)\n\n");
        md.append(heldOut.toMarkdown());
        md.append("\n## Training (out-of-fold figures on the training rows)\n\n");
        md.append(result.report().toMarkdown().replaceFirst("^# [^\n]*\n\n", ""));
        return md.toString();
    }
}
