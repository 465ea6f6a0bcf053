package io.marketpilot.text.language;

import java.util.Objects;

/**
 * A detected language with the letter counts it rests on, so callers can tell "no letters at all"
 * from "letters of several scripts".
 *
 * @param hanCount CJK ideographs
 * @param latinCount Latin-script letters
 * @param kanaCount Japanese hiragana and katakana
 * @param otherLetterCount letters of any other script (Cyrillic, Greek, Hangul, Arabic, …)
 */
public record LanguageGuess(Language language, int hanCount, int latinCount, int kanaCount, int otherLetterCount) {
    public LanguageGuess {
        Objects.requireNonNull(language, "language");
    }

    public String code() {
        return language.code();
    }

    public int letterCount() {
        return hanCount + latinCount + kanaCount + otherLetterCount;
    }
}
