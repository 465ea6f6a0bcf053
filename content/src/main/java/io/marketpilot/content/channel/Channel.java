package io.marketpilot.content.channel;

import io.marketpilot.core.MarketPilotException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The channels copy is written for, each a structured output with its platform's fields and limits. */
public enum Channel {
    EMAIL(
            "email",
            List.of(
                    FieldSpec.text("subject", 60, "the subject line"),
                    FieldSpec.text("preheader", 100, "the preview text shown after the subject"),
                    FieldSpec.text("body", 1500, "the message, plain text, short paragraphs"),
                    FieldSpec.text("cta", 25, "the call-to-action button label"))),
    AD(
            "ad",
            List.of(
                    FieldSpec.list("headlines", 30, 3, 15, "search ad headlines"),
                    FieldSpec.list("descriptions", 90, 2, 4, "search ad descriptions"))),
    SOCIAL(
            "social",
            List.of(
                    FieldSpec.text("post", 0, "the post; its limit depends on the network"),
                    FieldSpec.list("hashtags", 40, 0, 30, "hashtags without spaces, each starting with #"))),
    SMS("sms", List.of(FieldSpec.text("text", 160, "one SMS: 160 GSM-7 characters, or 70 when it needs Unicode"))),
    PRODUCT(
            "product",
            List.of(
                    FieldSpec.text("short", 160, "a one- or two-sentence description for listings"),
                    FieldSpec.text("long", 2000, "a full product page description")));

    private final String wireName;
    private final List<FieldSpec> fields;

    Channel(String wireName, List<FieldSpec> fields) {
        this.wireName = wireName;
        this.fields = fields;
    }

    public String wireName() {
        return wireName;
    }

    public List<FieldSpec> fields() {
        return fields;
    }

    public static Channel parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(c -> c.wireName.equals(v))
                .findFirst()
                .orElseThrow(() -> MarketPilotException.invalid(
                        "Unknown channel '" + value + "': use email, ad, social, sms or product"));
    }

    /**
     * One field of a channel's output.
     *
     * @param name the JSON key
     * @param maxLength most characters per text (0: set elsewhere, e.g. per social network)
     * @param minItems fewest entries of a list field (0 for text fields)
     * @param maxItems most entries of a list field (0 for text fields)
     * @param listField true when the field is a list of texts
     * @param description what goes in it, for prompts and documentation
     */
    public record FieldSpec(
            String name, int maxLength, int minItems, int maxItems, boolean listField, String description) {
        static FieldSpec text(String name, int maxLength, String description) {
            return new FieldSpec(name, maxLength, 0, 0, false, description);
        }

        static FieldSpec list(String name, int maxLength, int minItems, int maxItems, String description) {
            return new FieldSpec(name, maxLength, minItems, maxItems, true, description);
        }
    }
}
