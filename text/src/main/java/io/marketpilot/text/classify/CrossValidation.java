package io.marketpilot.text.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Seeded, stratified fold assignment and subsampling, so the same data and seed always give the same folds. */
final class CrossValidation {
    private CrossValidation() {}

    /**
     * The fold of every row: each label's rows are shuffled with {@code new Random(seed)} (labels in index order)
     * and dealt round-robin, so every fold holds about 1/folds of every label.
     */
    static int[] folds(int[] y, int labels, int folds, long seed) {
        int[] fold = new int[y.length];
        Random random = new Random(seed);
        for (List<Integer> rows : rowsByLabel(y, labels)) {
            Collections.shuffle(rows, random);
            for (int k = 0; k < rows.size(); k++) {
                fold[rows.get(k)] = k % folds;
            }
        }
        return fold;
    }

    /** Rows whose fold is (or is not) {@code fold}, ascending. */
    static int[] rows(int[] fold, int which, boolean inFold) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < fold.length; i++) {
            if ((fold[i] == which) == inFold) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A stratified share of {@code rows} (at least one per label present), ascending. */
    static int[] subsample(int[] rows, int[] y, int labels, double share, long seed) {
        List<List<Integer>> byLabel = new ArrayList<>();
        for (int c = 0; c < labels; c++) {
            byLabel.add(new ArrayList<>());
        }
        for (int row : rows) {
            byLabel.get(y[row]).add(row);
        }
        Random random = new Random(seed);
        List<Integer> kept = new ArrayList<>();
        for (List<Integer> group : byLabel) {
            Collections.shuffle(group, random);
            int take = group.isEmpty() ? 0 : Math.max(1, (int) Math.round(share * group.size()));
            kept.addAll(group.subList(0, take));
        }
        return kept.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Weights that make every label count alike in the loss: n / (labels present × rows of the row's label). */
    static double[] balancedWeights(int[] y, int labels) {
        int[] counts = new int[labels];
        for (int label : y) {
            counts[label]++;
        }
        int present = (int) java.util.Arrays.stream(counts).filter(c -> c > 0).count();
        double[] w = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            w[i] = (double) y.length / (present * counts[y[i]]);
        }
        return w;
    }

    private static List<List<Integer>> rowsByLabel(int[] y, int labels) {
        List<List<Integer>> byLabel = new ArrayList<>();
        for (int c = 0; c < labels; c++) {
            byLabel.add(new ArrayList<>());
        }
        for (int i = 0; i < y.length; i++) {
            byLabel.get(y[i]).add(i);
        }
        return byLabel;
    }
}
