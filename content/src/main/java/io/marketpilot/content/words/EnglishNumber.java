package io.marketpilot.content.words;

import java.util.Locale;
import java.util.Set;

/**
 * Grammatical number of English nouns, by their ending: enough to make "chairs are" and "furniture is" agree, and
 * to catch "best-sellers has". Words that end in "s" but are singular ("glass", "bonus", "series") are known.
 */
public final class EnglishNumber {
    /** Singular words (and a few adjectives) that end in "s" but not in "ss", "us" or "is", which are singular anyway. */
    private static final Set<String> SINGULAR_WITH_S = Set.of(
            "always",
            "atlas",
            "bias",
            "canvas",
            "chaos",
            "christmas",
            "gas",
            "has",
            "kudos",
            "lens",
            "news",
            "perhaps",
            "series",
            "species",
            "thermos",
            "was",
            "whereas",
            "yes",
            "xmas",
            "its",
            "his",
            "hers",
            "ours",
            "yours",
            "theirs",
            "sometimes",
            "as");

    private EnglishNumber() {}

    /** True when the noun reads as plural: "chairs", "best-sellers", "office supplies" (its last word counts). */
    public static boolean plural(String noun) {
        String[] words = noun.strip().toLowerCase(Locale.ROOT).split("[\\s-]+");
        String w = words[words.length - 1].replaceAll("[^\\p{L}']", "");
        if (w.length() < 3 || !w.endsWith("s") || w.endsWith("'s") || SINGULAR_WITH_S.contains(w)) {
            return false;
        }
        return !(w.endsWith("ss") || w.endsWith("us") || w.endsWith("is"));
    }
}
