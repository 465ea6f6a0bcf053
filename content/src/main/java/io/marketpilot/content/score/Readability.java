package io.marketpilot.content.score;

import java.util.Locale;

/**
 * How easy copy is to read, on a 0–100-ish scale where higher is easier.
 *
 * <p>English: Flesch reading ease, 206.835 − 1.015 × words/sentence − 84.6 × syllables/word, with syllables
 * counted by vowel groups (a final silent "e" dropped, at least one per word), the usual approximation; a line
 * break ends a sentence, as a full stop does.
 *
 * <p>Chinese has no syllable-per-word signal (every character is one syllable), and the classic Chinese formulas
 * combine sentence length with the share of uncommon characters. Without a character-frequency list in the
 * product this uses the sentence-length term alone: 100 for sentences of up to 8 characters, falling linearly to
 * 0 at 48 characters per sentence (measure {@code zh-sentence-length}). It ranks copy by how chopped-up it reads;
 * it is not calibrated to school grades.
 */
public final class Readability {
    public static final String FLESCH = "flesch-reading-ease";
    public static final String ZH_SENTENCE_LENGTH = "zh-sentence-length";

    private Readability() {}

    /** The score and the measure's name. */
    public record Score(double value, String measure) {}

    public static Score of(String text, String language) {
        return language.equals("zh") ? new Score(chinese(text), ZH_SENTENCE_LENGTH) : new Score(flesch(text), FLESCH);
    }

    public static double flesch(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        int wordCount = 0;
        int syllables = 0;
        for (String w : words) {
            if (w.isBlank() || w.equals("'")) {
                continue;
            }
            wordCount++;
            syllables += syllables(w);
        }
        if (wordCount == 0) {
            return 0;
        }
        // a line break ends a sentence too: greetings, sign-offs and list lines carry no full stop
        int sentences = 0;
        for (String chunk : text.split("[.!?]+|\\n+")) {
            if (chunk.chars().anyMatch(Character::isLetter)) {
                sentences++;
            }
        }
        sentences = Math.max(1, sentences);
        return 206.835 - 1.015 * wordCount / sentences - 84.6 * syllables / wordCount;
    }

    static int syllables(String word) {
        String w = word.replace("'", "");
        if (w.length() <= 3) {
            return 1;
        }
        if (w.endsWith("e") && !w.endsWith("le")) {
            w = w.substring(0, w.length() - 1);
        }
        int count = 0;
        boolean inVowels = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean vowel = "aeiouy".indexOf(c) >= 0;
            if (vowel && !inVowels) {
                count++;
            }
            inVowels = vowel;
        }
        return Math.max(1, count);
    }

    public static double chinese(String text) {
        String[] sentences = text.split("[。！？；!?;\\n]+");
        int count = 0;
        int chars = 0;
        for (String s : sentences) {
            int han = (int) s.codePoints()
                    .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .count();
            if (han > 0) {
                count++;
                chars += han;
            }
        }
        if (count == 0) {
            return 0;
        }
        double perSentence = (double) chars / count;
        return 100 * (1 - Math.min(1, Math.max(0, (perSentence - 8) / 40)));
    }
}
