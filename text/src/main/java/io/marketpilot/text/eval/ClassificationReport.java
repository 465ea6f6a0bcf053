package io.marketpilot.text.eval;

import io.marketpilot.text.classify.ClassMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Accuracy, macro-averaged F1, per-class precision/recall/F1 and the confusion matrix of predicted against gold labels. Macro-F1 averages the
 * per-class F1 over the gold classes, so a model that ignores a rare class is not rewarded.
 */
public record ClassificationReport(
        int n, double accuracy, double macroF1, List<String> labels, Map<String, Map<String, Integer>> confusion) {

    /**
     * Precision, recall, F1 and support of every label (gold or predicted), in {@link #labels()} order; a label
     * never predicted has precision 0, one never gold has recall 0 and support 0.
     */
    public List<ClassMetrics> perClass() {
        List<ClassMetrics> out = new ArrayList<>();
        for (String label : labels) {
            Map<String, Integer> row = confusion.getOrDefault(label, Map.of());
            int tp = row.getOrDefault(label, 0);
            int support = row.values().stream().mapToInt(Integer::intValue).sum();
            int predicted = confusion.values().stream()
                    .mapToInt(r -> r.getOrDefault(label, 0))
                    .sum();
            double precision = predicted == 0 ? 0 : (double) tp / predicted;
            double recall = support == 0 ? 0 : (double) tp / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            out.add(new ClassMetrics(label, precision, recall, f1, support));
        }
        return out;
    }

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
        // counts[g][p]: how often gold label g was predicted as p, labels by their index in the sorted list
        int[][] counts = new int[labels.size()][labels.size()];
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            counts[labels.indexOf(gold.get(i))][labels.indexOf(predicted.get(i))]++;
            if (gold.get(i).equals(predicted.get(i))) {
                correct++;
            }
        }
        double f1Sum = 0;
        TreeSet<String> goldClasses = new TreeSet<>(gold);
        for (String label : goldClasses) {
            int c = labels.indexOf(label);
            int tp = counts[c][c];
            int fn = IntStream.of(counts[c]).sum() - tp;
            int fp = IntStream.range(0, labels.size()).map(g -> counts[g][c]).sum() - tp;
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        for (int g = 0; g < labels.size(); g++) {
            Map<String, Integer> row = new LinkedHashMap<>();
            for (int p = 0; p < labels.size(); p++) {
                row.put(labels.get(p), counts[g][p]);
            }
            confusion.put(labels.get(g), row);
        }
        return new ClassificationReport(
                gold.size(), (double) correct / gold.size(), f1Sum / goldClasses.size(), labels, confusion);
    }
}
