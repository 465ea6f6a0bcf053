package io.marketpilot.core.content;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.input.TextRules;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
        @Nullable LocalDateTime updatedAt,
        @Nullable String updatedBy) {
    /**
     * Sized so that a whole voice fits the store's one column for it ({@link FieldLimits#BRAND_VOICE}) with room for
     * JSON's quoting: 4,000 + 3 × 100 × 100 + 20 × 2,000 characters.
     */
    public static final int MAX_DESCRIPTION = 4_000;

    public static final int MAX_WORD = 100;
    public static final int MAX_WORDS = 100;
    public static final int MAX_EXAMPLE = 2_000;
    public static final int MAX_EXAMPLES = 20;

    public BrandVoice {
        description = description == null ? "" : description.strip();
        preferredWords = clean(preferredWords);
        avoidedWords = clean(avoidedWords);
        bannedPhrases = clean(bannedPhrases);
        examples = clean(examples);
    }

    /**
     * Refuses a voice that is too long to save, naming the field and its limit. Checked when a voice is saved rather
     * than in the constructor, so that a voice saved before these limits still reads.
     */
    public BrandVoice requireWithinLimits() {
        TextRules.requireFits("description", description, MAX_DESCRIPTION);
        requireWithin(preferredWords, "preferredWords", MAX_WORDS, MAX_WORD);
        requireWithin(avoidedWords, "avoidedWords", MAX_WORDS, MAX_WORD);
        requireWithin(bannedPhrases, "bannedPhrases", MAX_WORDS, MAX_WORD);
        requireWithin(examples, "examples", MAX_EXAMPLES, MAX_EXAMPLE);
        return this;
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

    private static void requireWithin(List<String> kept, String field, int maxCount, int maxLength) {
        if (kept.size() > maxCount) {
            throw new MarketPilotException(
                    ErrorCode.INVALID_INPUT,
                    field + " has more than " + maxCount + " entries (it has " + kept.size() + ")",
                    Map.of("field", field, "limit", maxCount, "count", kept.size()));
        }
        for (int i = 0; i < kept.size(); i++) {
            TextRules.requireFits(field + "[" + i + "]", kept.get(i), maxLength);
        }
    }
}
