package io.marketpilot.text.classify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a classifier was trained and how well it does on examples it did not train on: every figure except the
 * label counts is out of fold (each example predicted by the model of the fold that left it out).
 *
 * @param language {@code en} or {@code zh}
 * @param features the feature set cross-validation chose: {@code ngrams}, or {@code ngrams+} the embedding model
 * @param crossValidatedMacroF1 each feature set and L2 of the grid (as text) and its mean out-of-fold macro-F1
 * @param accuracy out-of-fold accuracy at the chosen L2
 * @param macroF1 out-of-fold macro-F1 at the chosen L2
 * @param confusion gold label → predicted label → count, out of fold
 * @param learningCurve out-of-fold macro-F1 when the folds train on a quarter, half and all of their rows
 * @param temperature the calibration temperature fitted on the out-of-fold logits
 * @param seconds wall-clock training time
 */
public record TrainingReport(
        String name,
        String language,
        int examples,
        Map<String, Integer> labelCounts,
        String features,
        double chosenL2,
        Map<String, Double> crossValidatedMacroF1,
        double accuracy,
        double macroF1,
        List<ClassMetrics> perClass,
        Map<String, Map<String, Integer>> confusion,
        List<LearningPoint> learningCurve,
        double temperature,
        double seconds) {

    public TrainingReport {
        labelCounts = Collections.unmodifiableMap(new LinkedHashMap<>(labelCounts));
        crossValidatedMacroF1 = Collections.unmodifiableMap(new LinkedHashMap<>(crossValidatedMacroF1));
        perClass = List.copyOf(perClass);
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        confusion.forEach((gold, row) -> copy.put(gold, Collections.unmodifiableMap(new LinkedHashMap<>(row))));
        confusion = Collections.unmodifiableMap(copy);
        learningCurve = List.copyOf(learningCurve);
    }

    /** The report as Markdown, for a person deciding whether to trust the classifier. */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Classifier ").append(name).append(": training report\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Language %s, %d examples, %d labels; trained in %.1f s.%n%n",
                language,
                examples,
                labelCounts.size(),
                seconds));
        md.append("Figures are out of fold: each example is predicted by a model that did not train on it.\n\n");
        md.append(String.format(
                Locale.ROOT,
                "| accuracy | macro-F1 | features | chosen L2 | temperature |%n|---:|---:|---|---:|---:|%n| %.4f | %.4f"
                        + " | %s | %s | %.3f |%n%n",
                accuracy,
                macroF1,
                features,
                chosenL2,
                temperature));
        md.append("Cross-validated macro-F1 per feature set and L2: ");
        crossValidatedMacroF1.forEach((l2, f1) -> md.append(String.format(Locale.ROOT, "%s → %.4f; ", l2, f1)));
        md.setLength(md.length() - 2);
        md.append("\n\n| label | examples | precision | recall | F1 |\n|---|---:|---:|---:|---:|\n");
        for (ClassMetrics m : perClass) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.3f | %.3f | %.3f |%n",
                    m.label(),
                    m.support(),
                    m.precision(),
                    m.recall(),
                    m.f1()));
        }
        md.append("\nConfusion (rows gold, columns predicted):\n\n| gold \\ predicted |");
        List<String> labels = List.copyOf(confusion.keySet());
        labels.forEach(label -> md.append(' ').append(label).append(" |"));
        md.append("\n|---|");
        labels.forEach(label -> md.append("---:|"));
        md.append('\n');
        confusion.forEach((gold, row) -> {
            md.append("| ").append(gold).append(" |");
            labels.forEach(p -> md.append(' ').append(row.getOrDefault(p, 0)).append(" |"));
            md.append('\n');
        });
        md.append("\nLearning curve (rows each fold trained on → out-of-fold macro-F1): ");
        learningCurve.forEach(
                point -> md.append(String.format(Locale.ROOT, "%d → %.4f; ", point.trainRows(), point.macroF1())));
        md.setLength(md.length() - 2);
        md.append(".\n");
        return md.toString();
    }
}
