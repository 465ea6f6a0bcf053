package io.marketpilot.text.classify;

import io.marketpilot.text.eval.ClassificationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A classifier scored on labelled examples it never saw. A text it declines (wrong language, empty) counts as
 * wrong, under the pseudo-label {@value #UNSCORED}.
 *
 * @param unscored how many texts the classifier declined
 */
public record HeldOutEvaluation(ClassificationReport report, int unscored, String model) {
    public static final String UNSCORED = "unscored";

    public static HeldOutEvaluation of(TextClassifier classifier, List<LabelledExample> examples) {
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        int unscored = 0;
        List<ClassifierOutcome> outcomes = classifier.classifyAll(
                examples.stream().map(LabelledExample::text).toList());
        for (int i = 0; i < examples.size(); i++) {
            gold.add(examples.get(i).label());
            if (outcomes.get(i) instanceof ClassifierOutcome.Classified c) {
                predicted.add(c.prediction().label());
            } else {
                predicted.add(UNSCORED);
                unscored++;
            }
        }
        return new HeldOutEvaluation(ClassificationReport.of(gold, predicted), unscored, classifier.model());
    }

    /** Accuracy, macro-F1 (over the gold labels) and per-label figures as Markdown. */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "| rows | accuracy | macro-F1 | unscored |%n|---:|---:|---:|---:|%n| %d | %.4f | %.4f | %d |%n%n",
                report.n(),
                report.accuracy(),
                report.macroF1(),
                unscored));
        md.append("| label | gold rows | precision | recall | F1 |\n|---|---:|---:|---:|---:|\n");
        for (ClassMetrics m : report.perClass()) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.3f | %.3f | %.3f |%n",
                    m.label(),
                    m.support(),
                    m.precision(),
                    m.recall(),
                    m.f1()));
        }
        return md.toString();
    }
}
