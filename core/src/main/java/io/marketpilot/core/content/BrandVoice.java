package io.marketpilot.core.content;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * How the brand writes: a description for the model, words to prefer and to avoid, phrases that must never
 * appear (claims such as "guaranteed" or health promises), and example texts its copy should sound like.
 *
 * @param description the voice in a sentence or two
 * @param preferredWords words the copy should use where they fit
 * @param avoidedWords words that draw a warning
 * @param bannedPhrases words and claims that block approval
 * @param examples texts in the brand's voice (any language), the reference for voice similarity
 * @param updatedAt when it was last saved, or null for the default
 * @param updatedBy who saved it, or null for the default
 */
public record BrandVoice(
        String description,
        List<String> preferredWords,
        List<String> avoidedWords,
        List<String> bannedPhrases,
        List<String> examples,
        LocalDateTime updatedAt,
        String updatedBy) {
    public BrandVoice {
        description = description == null ? "" : description.strip();
        preferredWords = clean(preferredWords);
        avoidedWords = clean(avoidedWords);
        bannedPhrases = clean(bannedPhrases);
        examples = clean(examples);
    }

    /** The voice before anyone configured one: plain and friendly, with the usual risky claims banned. */
    public static BrandVoice standard() {
        return new BrandVoice(
                "Friendly, clear and honest. Short sentences, concrete benefits, no hype.",
                List.of("easy", "reliable", "everyday", "简单", "可靠"),
                List.of("cheap", "amazing", "insane", "最便宜"),
                List.of(
                        "guaranteed",
                        "guarantee",
                        "risk-free",
                        "cure",
                        "miracle",
                        "best in the world",
                        "保证",
                        "包治",
                        "根治",
                        "最好的",
                        "第一品牌"),
                List.of(
                        "Everything you need to stay charged, nothing you don't. Easy to use, built to last.",
                        "Good gear for everyday work: reliable, simple, and ready when you are.",
                        "简单好用的日常装备，可靠耐用，随时待命。"),
                null,
                null);
    }

    private static List<String> clean(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
