package io.marketpilot.text.sentiment.vader;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lower-case words to dense ids with their VADER attributes, looked up straight from a character
 * buffer so that scoring a sentence allocates no strings for ASCII words.
 */
final class WordTable {
    /** The id of every word the table does not hold. */
    static final int UNKNOWN = -1;

    // Open addressing, two ints per slot (hash, id + 1; 0 marks an empty slot) and all words in one
    // char pool, so a lookup touches few cache lines.
    private final int[] slots;
    private final char[] pool;
    private final int[] wordStart; // by id, with a sentinel at the end
    private final int mask;
    private final int maxLength;
    private final double[] valence; // NaN where the word is not in the lexicon
    private final boolean[] booster;
    private final double[] boosterScalar;
    private final boolean[] negation;

    private WordTable(Map<String, Entry> entries) {
        int n = entries.size();
        valence = new double[n];
        booster = new boolean[n];
        boosterScalar = new double[n];
        negation = new boolean[n];
        wordStart = new int[n + 1];
        int capacity = Integer.highestOneBit(Math.max(4, n) * 4 - 1);
        slots = new int[capacity * 2];
        mask = capacity - 1;
        StringBuilder allWords = new StringBuilder();
        int id = 0;
        int longest = 0;
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            String word = e.getKey();
            wordStart[id] = allWords.length();
            allWords.append(word);
            longest = Math.max(longest, word.length());
            Entry attributes = e.getValue();
            valence[id] = attributes.valence;
            booster[id] = attributes.booster;
            boosterScalar[id] = attributes.boosterScalar;
            negation[id] = attributes.negation;
            int h = rawHash(word);
            int slot = mix(h) & mask;
            while (slots[2 * slot + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = h;
            slots[2 * slot + 1] = id + 1;
            id++;
        }
        wordStart[n] = allWords.length();
        pool = allWords.toString().toCharArray();
        maxLength = longest;
    }

    /** One step of the hash that callers accumulate over the characters of a lower-cased word. */
    static int step(int hash, char c) {
        return 31 * hash + c;
    }

    /** The id of the word in {@code buffer[0, length)} whose accumulated {@link #step} hash is given. */
    int find(char[] buffer, int length, int hash) {
        if (length > maxLength) {
            return UNKNOWN;
        }
        int slot = mix(hash) & mask;
        for (int entry; (entry = slots[2 * slot + 1]) != 0; slot = (slot + 1) & mask) {
            if (slots[2 * slot] == hash && sameChars(entry - 1, buffer, length)) {
                return entry - 1;
            }
        }
        return UNKNOWN;
    }

    int find(String word) {
        if (word.length() > maxLength) {
            return UNKNOWN;
        }
        char[] chars = word.toCharArray();
        return find(chars, chars.length, rawHash(word));
    }

    boolean inLexicon(int id) {
        return id >= 0 && !Double.isNaN(valence[id]);
    }

    /** The lexicon valence, NaN when the word is not in the lexicon. */
    double valence(int id) {
        return id >= 0 ? valence[id] : Double.NaN;
    }

    boolean isBooster(int id) {
        return id >= 0 && booster[id];
    }

    double boosterScalar(int id) {
        return id >= 0 ? boosterScalar[id] : 0.0;
    }

    /** Whether the word is in VADER's NEGATE list (the "n't" rule is the caller's, per token). */
    boolean isNegation(int id) {
        return id >= 0 && negation[id];
    }

    private static int rawHash(String word) {
        int h = 0;
        for (int i = 0; i < word.length(); i++) {
            h = step(h, word.charAt(i));
        }
        return h;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        return h ^ (h >>> 13);
    }

    private boolean sameChars(int id, char[] buffer, int length) {
        int start = wordStart[id];
        if (wordStart[id + 1] - start != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (pool[start + i] != buffer[i]) {
                return false;
            }
        }
        return true;
    }

    /** Collects words and attributes in insertion order; later values for the same word win. */
    static final class Builder {
        private final Map<String, Entry> entries = new LinkedHashMap<>();

        Builder word(String word) {
            entries.computeIfAbsent(word, w -> new Entry());
            return this;
        }

        Builder valence(String word, double value) {
            entries.computeIfAbsent(word, w -> new Entry()).valence = value;
            return this;
        }

        Builder booster(String word, double scalar) {
            Entry e = entries.computeIfAbsent(word, w -> new Entry());
            e.booster = true;
            e.boosterScalar = scalar;
            return this;
        }

        Builder negation(String word) {
            entries.computeIfAbsent(word, w -> new Entry()).negation = true;
            return this;
        }

        WordTable build() {
            return new WordTable(entries);
        }
    }

    private static final class Entry {
        double valence = Double.NaN;
        boolean booster;
        double boosterScalar;
        boolean negation;
    }
}
