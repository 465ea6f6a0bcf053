package io.marketpilot.text.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Accuracy, macro-averaged F1 and the confusion matrix of predicted against gold labels. Macro-F1 averages the
 * per-class F1 over the gold classes, so a model that ignores a rare class is not rewarded.
 */
public record ClassificationReport(
        int n, double accuracy, double macroF1, List<String> labels, Map<String, Map<String, Integer>> confusion) {

    /** Builds the report; {@code gold} and {@code predicted} are aligned lists of labels. */
    public static ClassificationReport of(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in length");
        }
        if (gold.isEmpty()) {
            throw new IllegalArgumentException("nothing to evaluate");
        }
        TreeSet<String> all = new TreeSet<>(gold);
        all.addAll(predicted);
        List<String> labels = new ArrayList<>(all);
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        for (String g : labels) {
            Map<String, Integer> row = new LinkedHashMap<>();
            labels.forEach(p -> row.put(p, 0));
            confusion.put(g, row);
        }
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            confusion.get(gold.get(i)).merge(predicted.get(i), 1, Integer::sum);
            if (gold.get(i).equals(predicted.get(i))) {
                correct++;
            }
        }
        double f1Sum = 0;
        TreeSet<String> goldClasses = new TreeSet<>(gold);
        for (String c : goldClasses) {
            int tp = confusion.get(c).get(c);
            int fn = confusion.get(c).values().stream()
                            .mapToInt(Integer::intValue)
                            .sum()
                    - tp;
            int fp = labels.stream()
                    .filter(g -> !g.equals(c))
                    .mapToInt(g -> confusion.get(g).get(c))
                    .sum();
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return new ClassificationReport(
                gold.size(), (double) correct / gold.size(), f1Sum / goldClasses.size(), labels, confusion);
    }
}
