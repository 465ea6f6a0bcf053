package io.marketpilot.content.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Where English sentences start, so the composer can capitalise them and the checker can find lower-case starts. */
public final class Sentences {
    /** Abbreviations whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "approx", "incl", "no", "st");

    private Sentences() {}

    /** The text's start, each line's start, and after ". ", "! " or "? " (not after "...", "e.g. " or "7."). */
    public static List<Integer> starts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                starts.add(i + 1);
            } else if ((c == '.' || c == '!' || c == '?')
                    && i + 1 < text.length()
                    && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')
                    && !(i > 0 && text.charAt(i - 1) == '.')
                    && !(c == '.' && abbreviation(text, i))) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    /** The first word of the sentence starting at {@code start}, after spaces and opening quotes; may be empty. */
    public static int[] firstWord(String text, int start) {
        int i = start;
        while (i < text.length() && "\"“‘'(« \t".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        int end = i;
        while (end < text.length() && wordChar(text.charAt(end))) {
            end++;
        }
        return new int[] {i, end};
    }

    /**
     * True when a sentence's first word is written lower-case by mistake: it starts with a lower-case letter and is
     * not a brand spelled with an inner capital ("iPhone", "eBay").
     */
    public static boolean lowerCaseStart(String word) {
        return !word.isEmpty()
                && Character.isLowerCase(word.codePointAt(0))
                && word.codePoints().skip(1).noneMatch(Character::isUpperCase);
    }

    /** The text with every sentence's first letter in capitals ("our best-sellers have…" → "Our best-sellers…"). */
    public static String capitalised(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int start : starts(text)) {
            int[] word = firstWord(text, start);
            if (lowerCaseStart(text.substring(word[0], word[1]))) {
                out.setCharAt(word[0], Character.toUpperCase(text.charAt(word[0])));
            }
        }
        return out.toString();
    }

    private static boolean abbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        return ABBREVIATIONS.contains(text.substring(s, dot).toLowerCase(Locale.ROOT));
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
    }
}
