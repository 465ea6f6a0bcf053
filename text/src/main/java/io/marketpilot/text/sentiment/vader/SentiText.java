package io.marketpilot.text.sentiment.vader;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text cut into VADER's words (Python's {@code SentiText}): split on whitespace, edge punctuation
 * stripped unless that leaves two characters or fewer (so ":)" survives), each word reduced to its
 * lower-case {@link WordTable} id plus the flags the rules need.
 */
final class SentiText {
    private static final byte UPPER = 1;
    private static final byte NEGATED = 2;
    // Words longer than this take the String path; no lexicon entry comes close.
    private static final int BUFFER_LENGTH = 64;

    private int size;
    private int[] ids;
    private byte[] flags;
    private int upperCount;
    private int exclamations;
    private int questions;
    private boolean ascii = true;

    private SentiText(int capacity) {
        ids = new int[capacity];
        flags = new byte[capacity];
    }

    /**
     * Tokenises a text as it stands; emojis are the caller's to replace first, and whitespace at the
     * ends is irrelevant, as Python strips it before splitting.
     */
    static SentiText of(String text, WordTable table) {
        // One bulk copy is cheaper than String.charAt's per-character checks in the loops below.
        char[] chars = text.toCharArray();
        SentiText t = new SentiText(Math.min(32, chars.length / 2 + 1));
        t.scan(chars, table);
        return t;
    }

    int size() {
        return size;
    }

    int id(int i) {
        return ids[i];
    }

    boolean isUpper(int i) {
        return (flags[i] & UPPER) != 0;
    }

    /** Python's {@code negated([word])}: in the NEGATE list or containing "n't". */
    boolean isNegated(int i) {
        return (flags[i] & NEGATED) != 0;
    }

    /** Python's {@code allcap_differential}: some, but not all, words are ALL CAPS. */
    boolean isCapDifferential() {
        return upperCount > 0 && upperCount < size;
    }

    int exclamations() {
        return exclamations;
    }

    int questions() {
        return questions;
    }

    /** Whether the text was pure ASCII, which rules out emojis without a second look. */
    boolean isAscii() {
        return ascii;
    }

    private void scan(char[] text, WordTable table) {
        char[] buffer = new char[BUFFER_LENGTH];
        int length = text.length;
        int nonAscii = 0;
        int pos = 0;
        while (pos < length) {
            while (pos < length && PythonStrings.isWhitespace(text[pos])) {
                pos++;
            }
            if (pos == length) {
                break;
            }
            int start = pos;
            while (pos < length) {
                char c = text[pos];
                if (PythonStrings.isWhitespace(c)) {
                    break;
                }
                nonAscii |= c;
                if (c == '!') {
                    exclamations++;
                } else if (c == '?') {
                    questions++;
                }
                pos++;
            }
            addWord(text, start, pos, table, buffer);
        }
        ascii = nonAscii < 0x80;
    }

    private void addWord(char[] text, int start, int end, WordTable table, char[] buffer) {
        int from = start;
        int to = end;
        while (from < to && PythonStrings.isPunctuation(text[from])) {
            from++;
        }
        while (to > from && PythonStrings.isPunctuation(text[to - 1])) {
            to--;
        }
        // Python measures the stripped word in code points; only 3 or 4 chars can hold a surrogate pair
        // that tips the count to 2.
        int chars = to - from;
        boolean keepsPunctuation = chars <= 2 || (chars <= 4 && Character.codePointCount(text, from, to - from) <= 2);
        if (keepsPunctuation) {
            from = start;
            to = end;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            flags = Arrays.copyOf(flags, size * 2);
        }
        if (!classifyAscii(text, from, to, table, buffer)) {
            classifyGeneral(new String(text, from, to - from), table);
        }
        if ((flags[size] & UPPER) != 0) {
            upperCount++;
        }
        size++;
    }

    /** Lower-cases an ASCII word into the buffer and looks it up; false for anything else. */
    private boolean classifyAscii(char[] text, int from, int to, WordTable table, char[] buffer) {
        int length = to - from;
        if (length > buffer.length) {
            return false;
        }
        int hash = 0;
        boolean hasUpper = false;
        boolean hasLower = false;
        for (int k = 0; k < length; k++) {
            char c = text[from + k];
            if (c >= 0x80) {
                return false;
            }
            if (c >= 'A' && c <= 'Z') {
                hasUpper = true;
                c = (char) (c + ('a' - 'A'));
            } else if (c >= 'a' && c <= 'z') {
                hasLower = true;
            }
            buffer[k] = c;
            hash = WordTable.step(hash, c);
        }
        int id = table.find(buffer, length, hash);
        byte f = hasUpper && !hasLower ? UPPER : 0;
        if (table.isNegation(id) || containsNt(buffer, length)) {
            f |= NEGATED;
        }
        ids[size] = id;
        flags[size] = f;
        return true;
    }

    private void classifyGeneral(String word, WordTable table) {
        String lower = word.toLowerCase(Locale.ROOT);
        int id = table.find(lower);
        byte f = PythonStrings.isUpper(word, 0, word.length()) ? UPPER : 0;
        if (table.isNegation(id) || lower.contains("n't")) {
            f |= NEGATED;
        }
        ids[size] = id;
        flags[size] = f;
    }

    private static boolean containsNt(char[] lower, int length) {
        for (int k = 1; k + 1 < length; k++) {
            if (lower[k] == '\'' && lower[k - 1] == 'n' && lower[k + 1] == 't') {
                return true;
            }
        }
        return false;
    }
}
