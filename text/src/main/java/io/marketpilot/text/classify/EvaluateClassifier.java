package io.marketpilot.text.classify;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.embedding.BilingualEmbedder;
import io.marketpilot.text.embedding.CachedEmbedder;
import io.marketpilot.text.embedding.OnnxTextEmbedder;
import io.marketpilot.text.emotion.EmotionDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Benchmark runner: trains a classifier on one labelled file (settings by cross-validation on it) and scores it
 * once on another, printing {@code accuracy}, {@code macro_f1} and {@code per_class}. For measurements only; the
 * optional embedding cache ({@code --cache DIR}) makes reruns skip the slow embedding step.
 *
 * <pre>java -cp … io.marketpilot.text.classify.EvaluateClassifier --format dair|goemotions --train F --test F
 *     [--embeddings true|false] [--cache DIR] [--l2 1e-5,1e-4] [--folds 5] [--cap ROWS_PER_LABEL]
 *     [--report out.md]</pre>
 */
public final class EvaluateClassifier {
    private EvaluateClassifier() {}

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        Path train = Path.of(required(options, "--train"));
        Path test = Path.of(required(options, "--test"));
        String format = options.getOrDefault("--format", "dair");
        ClassifierSettings settings = ClassifierSettings.defaults()
                .withEmbeddings(ClassifierSettings.Embeddings.parse(options.getOrDefault("--embeddings", "auto")))
                .withFolds(Integer.parseInt(options.getOrDefault("--folds", "5")));
        if (options.containsKey("--l2")) {
            settings = settings.withL2Grid(Arrays.stream(options.get("--l2").split(","))
                    .map(Double::valueOf)
                    .toList());
        }
        BilingualEmbedder embedders = options.containsKey("--cache")
                ? CachedEmbedder.cached(
                        OnnxTextEmbedder.bgeSmallEnglish(),
                        OnnxTextEmbedder.bgeSmallChinese(),
                        Path.of(options.get("--cache")))
                : BilingualEmbedder.bgeSmall();
        List<LabelledExample> trainRows = read(format, train);
        if (options.containsKey("--cap")) {
            trainRows = EmotionDataset.capPerLabel(trainRows, Integer.parseInt(options.get("--cap")), settings.seed());
        }
        List<LabelledExample> testRows = read(format, test);
        TrainingResult result = new ClassifierTrainer(embedders)
                .train(options.getOrDefault("--name", format), trainRows, settings, System.err::println);
        HeldOutEvaluation heldOut = HeldOutEvaluation.of(result.classifier(), testRows);
        System.out.println(json(heldOut, result, settings));
        if (options.containsKey("--report")) {
            try {
                Files.writeString(
                        Path.of(options.get("--report")),
                        "## Held-out\n\n" + heldOut.toMarkdown() + "\n"
                                + result.report().toMarkdown(),
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static List<LabelledExample> read(String format, Path file) {
        return switch (format) {
            case "dair" -> Benchmarks.readDairEmotion(file);
            case "goemotions" -> EmotionDataset.readGoEmotions(file);
            default -> throw MarketPilotException.invalid("unknown format " + format + ": dair or goemotions");
        };
    }

    private static String json(HeldOutEvaluation heldOut, TrainingResult result, ClassifierSettings settings) {
        String perClass = heldOut.report().perClass().stream()
                .map(m -> String.format(
                        Locale.ROOT,
                        "\"%s\": {\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"support\": %d}",
                        m.label(),
                        m.precision(),
                        m.recall(),
                        m.f1(),
                        m.support()))
                .collect(Collectors.joining(", "));
        return String.format(
                Locale.ROOT,
                "{\"model\": \"%s\", \"embeddings\": %s, \"train\": %d, \"test\": %d, \"accuracy\": %.4f,"
                        + " \"macro_f1\": %.4f, \"unscored\": %d, \"chosen_l2\": %s, \"cv_macro_f1\": %s,"
                        + " \"oof_macro_f1\": %.4f, \"temperature\": %.3f, \"seconds\": %.1f, \"bytes\": %d,"
                        + " \"per_class\": {%s}}",
                heldOut.model(),
                settings.embeddings(),
                result.report().examples(),
                heldOut.report().n(),
                heldOut.report().accuracy(),
                heldOut.report().macroF1(),
                heldOut.unscored(),
                result.report().chosenL2(),
                result.report().crossValidatedMacroF1(),
                result.report().macroF1(),
                result.report().temperature(),
                result.report().seconds(),
                result.classifier().toBytes().length,
                perClass);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            out.put(args[i], args[i + 1]);
        }
        return out;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw MarketPilotException.invalid("missing " + name);
        }
        return value;
    }
}
