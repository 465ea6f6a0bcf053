package io.marketpilot.content.score;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The share of the brief's keywords that appear in the copy (case-insensitive); empty without keywords. */
public final class KeywordCoverage {
    private KeywordCoverage() {}

    public static OptionalDouble of(String text, List<String> keywords) {
        List<String> wanted = keywords.stream().filter(k -> !k.isBlank()).toList();
        if (wanted.isEmpty()) {
            return OptionalDouble.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        long found = wanted.stream()
                .filter(k -> lower.contains(k.toLowerCase(Locale.ROOT).strip()))
                .count();
        return OptionalDouble.of((double) found / wanted.size());
    }
}
