package io.marketpilot.text.sentiment.vader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Multi-word keys of a VADER dictionary (special cases, "kind of"-style boosters) as sequences of
 * word ids, so the idiom check compares ints where Python joins and hashes strings.
 */
final class PhraseTable {
    private final int[][] phrases;
    private final double[] values;

    private PhraseTable(int[][] phrases, double[] values) {
        this.phrases = phrases;
        this.values = values;
    }

    /**
     * Keeps the keys of two or more words: Python only ever looks up space-joined runs of 2 or 3
     * words, so a one-word key such as "badass" can never match there.
     */
    static PhraseTable of(Map<String, Double> dictionary, WordTable table) {
        List<int[]> phrases = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        dictionary.forEach((key, value) -> {
            String[] words = key.split(" ");
            if (words.length < 2) {
                return;
            }
            int[] ids = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                ids[i] = table.find(words[i]);
                if (ids[i] == WordTable.UNKNOWN) {
                    throw new IllegalStateException("phrase word missing from the word table: " + words[i]);
                }
            }
            phrases.add(ids);
            values.add(value);
        });
        return new PhraseTable(
                phrases.toArray(int[][]::new),
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Registers every word of the multi-word keys so that they get ids. */
    static void registerWords(Map<String, Double> dictionary, WordTable.Builder builder) {
        for (String key : dictionary.keySet()) {
            String[] words = key.split(" ");
            if (words.length > 1) {
                for (String w : words) {
                    builder.word(w);
                }
            }
        }
    }

    /** The value of the phrase "a b", NaN when there is none. */
    double lookup(int a, int b) {
        for (int p = 0; p < phrases.length; p++) {
            int[] ids = phrases[p];
            if (ids.length == 2 && ids[0] == a && ids[1] == b) {
                return values[p];
            }
        }
        return Double.NaN;
    }

    /** The value of the phrase "a b c", NaN when there is none. */
    double lookup(int a, int b, int c) {
        for (int p = 0; p < phrases.length; p++) {
            int[] ids = phrases[p];
            if (ids.length == 3 && ids[0] == a && ids[1] == b && ids[2] == c) {
                return values[p];
            }
        }
        return Double.NaN;
    }
}
